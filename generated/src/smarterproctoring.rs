/// Update course offering payload (the seed page's request body, `application/json`).
///
/// Not on the seed page; from RELATED-FACTS: the update replaces the whole configuration, so both
/// required fields must always be sent, and creating an offering (`POST`) takes the same body.
///
/// Example: `{"title":"Fall 2024","matchStrings":"Fall 2024,FA24","startDate":"1970-01-01T00:00:00.000Z","endDate":"1970-01-01T00:00:00.000Z"}`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCourseOfferingRequest {
    /// Human-readable title for the course offering.
    ///
    /// Example: `"Fall 2024"`
    pub title: String,
    /// Comma-separated list of text patterns used to automatically match incoming LMS courses to this offering.
    ///
    /// Note: the request sends this field as one comma-separated string (type `string` on the
    /// seed page), while the 200 response returns `matchStrings` as an array of strings
    /// (`string[] | null` on the same page).
    ///
    /// Example: `"Fall 2024,FA24"`
    #[serde(rename = "matchStrings")]
    pub match_strings: String,
    /// Start Date
    ///
    /// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
    /// milliseconds and a trailing `Z`.
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub start_date: Option<Option<UpdateCourseOfferingRequestStartDate>>,
    /// End Date
    ///
    /// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
    /// milliseconds and a trailing `Z`.
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub end_date: Option<Option<UpdateCourseOfferingRequestEndDate>>,
}
/// A course offering, as returned by the seed page's 200 "Successful" response
/// (`application/json`). The page types every property as nullable (`string | null`,
/// `string[] | null`) and does not say which properties are always present, so none is marked
/// required. The page's response example shows only `"<string>"` placeholders; the
/// per-property examples below are illustrative, not from the page's response: `sid` is the
/// page's `offeringSid` path example, `title`, `matchStrings`, `startDate` and `endDate` come
/// from the page's request example, and the other dates reuse the vendor's example date
/// `1970-01-01T00:00:00.000Z` (RELATED-FACTS).
///
/// Not on the seed page; from RELATED-FACTS: the vendor's machine-readable description
/// (Swagger 2.0) documents only an untyped "Successful" response for the course-offering
/// operations; the seed page is the only source of this schema.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CourseOffering {
    /// Course offering SID
    ///
    /// Not on the seed page; from RELATED-FACTS: SIDs are a two-letter type prefix plus 32
    /// lowercase hex digits, `CO` for course offerings (as the `offeringSid` path parameter's
    /// pattern on the page). No pattern is set here because the page's response gives none.
    ///
    /// Example: `"CO1234567890abcdef1234567890abcdef"`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub sid: Option<Option<String>>,
    /// Last activity date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "lastActivityDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub last_activity_date: Option<Option<String>>,
    /// Offering title
    ///
    /// Example: `"Fall 2024"`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub title: Option<Option<String>>,
    /// Match strings for auto-matching
    ///
    /// Returned as an array of strings (`string[] | null` on the seed page), whereas the request
    /// body sends `matchStrings` as one comma-separated string.
    ///
    /// Example: `["Fall 2024","FA24"]`
    #[serde(
        rename = "matchStrings",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub match_strings: Option<Option<Vec<String>>>,
    /// Start date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub start_date: Option<Option<String>>,
    /// End date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub end_date: Option<Option<String>>,
    /// Created date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub created_date: Option<Option<String>>,
    /// Last modified date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    #[serde(
        rename = "editDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::absent_or_nullable"
    )]
    pub edit_date: Option<Option<String>>,
}
/// Not on the seed page, and not documented by the vendor for course offerings: RELATED-FACTS
/// says the course-offering list's own shape is not documented, and that lists elsewhere in
/// the API return this envelope, `{total, count, offset, first, next, prev, last, results}`,
/// where `first`, `next`, `prev` and `last` are page URLs or null. This spec documents that
/// envelope for the course-offering list, with the seed page's response schema
/// (`CourseOffering`) for each item. Which members may be absent is not documented; all are
/// marked required here, as the demo server always sends them.
///
/// Example: `{"total":1,"count":1,"offset":0,"first":"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10","next":null,"prev":null,"last":"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10","results":[{"sid":"CO1234567890abcdef1234567890abcdef","lastActivityDate":"1970-01-01T00:00:00.000Z","title":"Fall 2024","matchStrings":["Fall 2024","FA24"],"startDate":"1970-01-01T00:00:00.000Z","endDate":"1970-01-01T00:00:00.000Z","createdDate":"1970-01-01T00:00:00.000Z","editDate":"1970-01-01T00:00:00.000Z"}]}`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CourseOfferingList {
    /// How many course offerings the install has, on all pages.
    ///
    /// Example: `1`
    pub total: i32,
    /// How many course offerings this page holds (the length of `results`).
    ///
    /// Example: `1`
    pub count: i32,
    /// How many course offerings come before this page (the request's `offset`).
    ///
    /// Example: `0`
    pub offset: i32,
    /// The URL of the first page, or null.
    ///
    /// Example: `"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10"`
    #[serde(deserialize_with = "rt::nullable")]
    pub first: Option<String>,
    /// The URL of the next page, or null when this page is the last.
    #[serde(deserialize_with = "rt::nullable")]
    pub next: Option<String>,
    /// The URL of the previous page, or null when this page is the first.
    #[serde(deserialize_with = "rt::nullable")]
    pub prev: Option<String>,
    /// The URL of the last page, or null.
    ///
    /// Example: `"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10"`
    #[serde(deserialize_with = "rt::nullable")]
    pub last: Option<String>,
    /// The course offerings of this page, each as the seed page's update response.
    pub results: Vec<CourseOffering>,
}
/// Not on the seed page; from RELATED-FACTS: the vendor's newer documentation pages show error
/// bodies shaped `{code, message, status}`, and the integration guide names the error codes
/// `AUTHENTICATIONFAILED` (403), `INVALIDINPUT` (400) and `RESOURCENOTFOUND` (404). No error body
/// is documented for course offerings specifically, so no property is marked required.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Error {
    /// Machine-readable error code, e.g. `INVALIDINPUT`, `AUTHENTICATIONFAILED`, `RESOURCENOTFOUND` (codes named in the vendor's integration guide, per RELATED-FACTS). Not an enum: the full list of codes is not documented.
    ///
    /// Example: `"RESOURCENOTFOUND"`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub code: Option<String>,
    /// Human-readable error message. Its wording is not documented.
    ///
    /// Example: `"Resource not found."`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub message: Option<String>,
    /// The HTTP status code of the response, repeated in the body.
    ///
    /// Example: `404`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub status: Option<i64>,
}
/// Not on the seed page and not from the vendor: the error body that a specgen-generated server
/// (the axum router `specgen generate` writes from this spec) sends by itself, before the
/// service code runs, as `application/problem+json` (RFC 9457). It is documented here so that
/// every response such a server can send is described (checked with schemathesis against the
/// demo server, `cargo run -p generated --example smarterproctoring_server`); the vendor's own
/// server sends the `Error` body instead.
///
/// Example: `{"type":"about:blank","title":"Bad Request","status":400,"detail":"invalid path parameter `installSid`","errors":[{"in":"path","name":"installSid","constraint":"pattern","message":"\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"}]}`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// A URI reference naming the problem type; `about:blank` when the status says it all.
    ///
    /// Example: `"about:blank"`
    pub r#type: String,
    /// The reason phrase of the status code.
    ///
    /// Example: `"Bad Request"`
    pub title: String,
    /// The HTTP status code of the response, repeated in the body.
    ///
    /// Example: `400`
    pub status: i64,
    /// What went wrong with this request.
    ///
    /// Example: `"invalid path parameter `installSid`"`
    pub detail: String,
    /// One entry per invalid input; absent when the problem is not about one input.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub errors: Option<ProblemErrors>,
}
/// Not on the seed page and not from the vendor: one invalid input in a `Problem` (see there).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemItem {
    /// Where the input is.
    ///
    /// Example: `"path"`
    pub r#in: ProblemItemIn,
    /// The parameter's name, or a JSON pointer into the body (empty for the whole body).
    ///
    /// Example: `"installSid"`
    pub name: String,
    /// The schema keyword the input breaks (`pattern`, `required`, ...), when there is one.
    ///
    /// Example: `"pattern"`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub constraint: Option<String>,
    /// What is wrong with the input.
    ///
    /// Example: `"\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"`
    pub message: String,
}
/// Start Date
///
/// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
/// milliseconds and a trailing `Z`.
///
/// Example: `"1970-01-01T00:00:00.000Z"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct UpdateCourseOfferingRequestStartDate(String);
impl TryFrom<String> for UpdateCourseOfferingRequestStartDate {
    type Error = rt::ValidationError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<UpdateCourseOfferingRequestStartDate> for String {
    fn from(value: UpdateCourseOfferingRequestStartDate) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateCourseOfferingRequestStartDate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl UpdateCourseOfferingRequestStartDate {
    /// The value, if it meets the constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
    /// Checks a value against this type's constraints: contains a match of `.*Z`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        let matches = value.contains('Z');
        if !matches {
            return Err(
                rt::ValidationError::new(
                    "pattern",
                    format!("{} does not match the pattern `.*Z`", rt::excerpt(value)),
                ),
            );
        }
        Ok(())
    }
}
impl TryFrom<&str> for UpdateCourseOfferingRequestStartDate {
    type Error = rt::ValidationError;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}
impl ::std::str::FromStr for UpdateCourseOfferingRequestStartDate {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::try_from(value)
    }
}
impl AsRef<str> for UpdateCourseOfferingRequestStartDate {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl ::std::fmt::Display for UpdateCourseOfferingRequestStartDate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(&self.0)
    }
}
/// End Date
///
/// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
/// milliseconds and a trailing `Z`.
///
/// Example: `"1970-01-01T00:00:00.000Z"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct UpdateCourseOfferingRequestEndDate(String);
impl TryFrom<String> for UpdateCourseOfferingRequestEndDate {
    type Error = rt::ValidationError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<UpdateCourseOfferingRequestEndDate> for String {
    fn from(value: UpdateCourseOfferingRequestEndDate) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateCourseOfferingRequestEndDate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl UpdateCourseOfferingRequestEndDate {
    /// The value, if it meets the constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
    /// Checks a value against this type's constraints: contains a match of `.*Z`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        let matches = value.contains('Z');
        if !matches {
            return Err(
                rt::ValidationError::new(
                    "pattern",
                    format!("{} does not match the pattern `.*Z`", rt::excerpt(value)),
                ),
            );
        }
        Ok(())
    }
}
impl TryFrom<&str> for UpdateCourseOfferingRequestEndDate {
    type Error = rt::ValidationError;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}
impl ::std::str::FromStr for UpdateCourseOfferingRequestEndDate {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::try_from(value)
    }
}
impl AsRef<str> for UpdateCourseOfferingRequestEndDate {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl ::std::fmt::Display for UpdateCourseOfferingRequestEndDate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(&self.0)
    }
}
/// One entry per invalid input; absent when the problem is not about one input.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(transparent)]
pub struct ProblemErrors(Vec<ProblemItem>);
impl TryFrom<Vec<ProblemItem>> for ProblemErrors {
    type Error = rt::ValidationError;
    fn try_from(value: Vec<ProblemItem>) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<ProblemErrors> for Vec<ProblemItem> {
    fn from(value: ProblemErrors) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for ProblemErrors {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<
            ProblemItem,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl ProblemErrors {
    /// The items, if they meet the constraints.
    pub fn new(value: Vec<ProblemItem>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value)
    }
    pub fn as_slice(&self) -> &[ProblemItem] {
        &self.0
    }
    pub fn into_inner(self) -> Vec<ProblemItem> {
        self.0
    }
    /// Checks a value against this type's constraints: at least 1 items.
    pub fn check(value: &[ProblemItem]) -> Result<(), rt::ValidationError> {
        if value.is_empty() {
            return Err(
                rt::ValidationError::new(
                    "minItems",
                    format!("must have at least 1 items, not {}", value.len()),
                ),
            );
        }
        Ok(())
    }
}
/// Where the input is.
///
/// Example: `"path"`
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[allow(clippy::enum_variant_names)]
pub enum ProblemItemIn {
    #[serde(rename = "path")]
    Path,
    #[serde(rename = "query")]
    Query,
    #[serde(rename = "header")]
    Header,
    #[serde(rename = "body")]
    Body,
}
impl ProblemItemIn {
    /// Every value, in the order the spec lists them.
    pub const ALL: [Self; 4] = [Self::Path, Self::Query, Self::Header, Self::Body];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Path => "path",
            Self::Query => "query",
            Self::Header => "header",
            Self::Body => "body",
        }
    }
}
impl ::std::fmt::Display for ProblemItemIn {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for ProblemItemIn {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, rt::ValidationError> {
        match value {
            "path" => Ok(Self::Path),
            "query" => Ok(Self::Query),
            "header" => Ok(Self::Header),
            "body" => Ok(Self::Body),
            _ => {
                Err(
                    rt::ValidationError::new(
                        "enum",
                        format!(
                            "{} is not one of {}", rt::excerpt(value),
                            "`path`, `query`, `header`, `body`"
                        ),
                    ),
                )
            }
        }
    }
}
/// Unique SID of the application install. Pattern: AI + 32 hex chars.
///
/// Example: `"AI1234567890abcdef1234567890abcdef"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct InstallSid(String);
impl TryFrom<String> for InstallSid {
    type Error = rt::ValidationError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<InstallSid> for String {
    fn from(value: InstallSid) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for InstallSid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl InstallSid {
    /// The value, if it meets the constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
    /// Checks a value against this type's constraints: contains a match of `^AI[a-f0-9]{32}$`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        let matches = {
            let b = value.as_bytes();
            b.len() == 34 && &b[0..2] == b"AI"
                && b[2..34].iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
        };
        if !matches {
            return Err(
                rt::ValidationError::new(
                    "pattern",
                    format!(
                        "{} does not match the pattern `^AI[a-f0-9]{{32}}$`",
                        rt::excerpt(value)
                    ),
                ),
            );
        }
        Ok(())
    }
}
impl TryFrom<&str> for InstallSid {
    type Error = rt::ValidationError;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}
impl ::std::str::FromStr for InstallSid {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::try_from(value)
    }
}
impl AsRef<str> for InstallSid {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl ::std::fmt::Display for InstallSid {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(&self.0)
    }
}
/// Not on the seed page; from RELATED-FACTS: the list's `offset`, an integer >= 0: how many
/// offerings to skip before the page starts. Its default is not documented; the demo server
/// starts at the first offering.
///
/// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
///
/// Example: `0`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct Offset(i32);
impl TryFrom<i32> for Offset {
    type Error = rt::ValidationError;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<Offset> for i32 {
    fn from(value: Offset) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for Offset {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <i32 as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl Offset {
    /// The value, if it meets the constraints.
    pub fn new(value: i32) -> Result<Self, rt::ValidationError> {
        Self::try_from(value)
    }
    pub fn get(self) -> i32 {
        self.0
    }
    /// Checks a value against this type's constraints: >= 0.
    pub fn check(value: &i32) -> Result<(), rt::ValidationError> {
        let value = *value;
        if value < 0 {
            return Err(
                rt::ValidationError::new(
                    "minimum",
                    format!("must be at least 0, not {value}"),
                ),
            );
        }
        Ok(())
    }
}
impl ::std::str::FromStr for Offset {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed: i32 = value
            .trim()
            .parse()
            .map_err(|_| {
                rt::ValidationError::new(
                    "type",
                    format!(
                        "{} is not a number of type {}", rt::excerpt(value),
                        stringify!(i32)
                    ),
                )
            })?;
        Self::try_from(parsed)
    }
}
impl ::std::fmt::Display for Offset {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(&self.0, f)
    }
}
/// Not on the seed page; from RELATED-FACTS: the list's `limit`, an integer >= 0: at most how
/// many offerings the page holds. Its default and maximum are not documented; without it the
/// demo server returns every offering from `offset` on.
///
/// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
///
/// Example: `10`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct Limit(i32);
impl TryFrom<i32> for Limit {
    type Error = rt::ValidationError;
    fn try_from(value: i32) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<Limit> for i32 {
    fn from(value: Limit) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for Limit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <i32 as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl Limit {
    /// The value, if it meets the constraints.
    pub fn new(value: i32) -> Result<Self, rt::ValidationError> {
        Self::try_from(value)
    }
    pub fn get(self) -> i32 {
        self.0
    }
    /// Checks a value against this type's constraints: >= 0.
    pub fn check(value: &i32) -> Result<(), rt::ValidationError> {
        let value = *value;
        if value < 0 {
            return Err(
                rt::ValidationError::new(
                    "minimum",
                    format!("must be at least 0, not {value}"),
                ),
            );
        }
        Ok(())
    }
}
impl ::std::str::FromStr for Limit {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed: i32 = value
            .trim()
            .parse()
            .map_err(|_| {
                rt::ValidationError::new(
                    "type",
                    format!(
                        "{} is not a number of type {}", rt::excerpt(value),
                        stringify!(i32)
                    ),
                )
            })?;
        Self::try_from(parsed)
    }
}
impl ::std::fmt::Display for Limit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(&self.0, f)
    }
}
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[allow(clippy::enum_variant_names)]
pub enum SortKeysItem {
    #[serde(rename = "sid")]
    Sid,
    #[serde(rename = "lastActivityDate")]
    LastActivityDate,
    #[serde(rename = "title")]
    Title,
    #[serde(rename = "startDate")]
    StartDate,
    #[serde(rename = "endDate")]
    EndDate,
    #[serde(rename = "createdDate")]
    CreatedDate,
    #[serde(rename = "editDate")]
    EditDate,
}
impl SortKeysItem {
    /// Every value, in the order the spec lists them.
    pub const ALL: [Self; 7] = [
        Self::Sid,
        Self::LastActivityDate,
        Self::Title,
        Self::StartDate,
        Self::EndDate,
        Self::CreatedDate,
        Self::EditDate,
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Sid => "sid",
            Self::LastActivityDate => "lastActivityDate",
            Self::Title => "title",
            Self::StartDate => "startDate",
            Self::EndDate => "endDate",
            Self::CreatedDate => "createdDate",
            Self::EditDate => "editDate",
        }
    }
}
impl ::std::fmt::Display for SortKeysItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for SortKeysItem {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, rt::ValidationError> {
        match value {
            "sid" => Ok(Self::Sid),
            "lastActivityDate" => Ok(Self::LastActivityDate),
            "title" => Ok(Self::Title),
            "startDate" => Ok(Self::StartDate),
            "endDate" => Ok(Self::EndDate),
            "createdDate" => Ok(Self::CreatedDate),
            "editDate" => Ok(Self::EditDate),
            _ => {
                Err(
                    rt::ValidationError::new(
                        "enum",
                        format!(
                            "{} is not one of {}", rt::excerpt(value),
                            "`sid`, `lastActivityDate`, `title`, `startDate`, `endDate`, `createdDate`, `editDate`"
                        ),
                    ),
                )
            }
        }
    }
}
/// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortKeys`; whether
/// the course-offering list does, and which keys it accepts, is not documented. This spec
/// takes the properties of the seed page's response that hold one string, comma separated:
/// the first key orders the page, later keys break ties (values compared as text, offerings
/// without the value first).
///
/// Example: `["title"]`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[serde(transparent)]
pub struct SortKeys(Vec<SortKeysItem>);
impl TryFrom<Vec<SortKeysItem>> for SortKeys {
    type Error = rt::ValidationError;
    fn try_from(value: Vec<SortKeysItem>) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<SortKeys> for Vec<SortKeysItem> {
    fn from(value: SortKeys) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for SortKeys {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <Vec<
            SortKeysItem,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl SortKeys {
    /// The items, if they meet the constraints.
    pub fn new(value: Vec<SortKeysItem>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value)
    }
    pub fn as_slice(&self) -> &[SortKeysItem] {
        &self.0
    }
    pub fn into_inner(self) -> Vec<SortKeysItem> {
        self.0
    }
    /// Checks a value against this type's constraints: at least 1 items.
    pub fn check(value: &[SortKeysItem]) -> Result<(), rt::ValidationError> {
        if value.is_empty() {
            return Err(
                rt::ValidationError::new(
                    "minItems",
                    format!("must have at least 1 items, not {}", value.len()),
                ),
            );
        }
        Ok(())
    }
}
/// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortOrder`, `ASC` or
/// `DESC`, beside `sortKeys`; whether the course-offering list does is not documented. The
/// default is not documented; the demo server sorts `ASC`, and without `sortKeys` lists the
/// offerings in the order they were created (`DESC`: the newest first).
///
/// Example: `"ASC"`
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[allow(clippy::enum_variant_names)]
pub enum SortOrder {
    #[serde(rename = "ASC")]
    Asc,
    #[serde(rename = "DESC")]
    Desc,
}
impl SortOrder {
    /// Every value, in the order the spec lists them.
    pub const ALL: [Self; 2] = [Self::Asc, Self::Desc];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
        }
    }
}
impl ::std::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::str::FromStr for SortOrder {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, rt::ValidationError> {
        match value {
            "ASC" => Ok(Self::Asc),
            "DESC" => Ok(Self::Desc),
            _ => {
                Err(
                    rt::ValidationError::new(
                        "enum",
                        format!(
                            "{} is not one of {}", rt::excerpt(value), "`ASC`, `DESC`"
                        ),
                    ),
                )
            }
        }
    }
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCourseOfferingsPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    #[serde(rename = "installSid")]
    pub install_sid: InstallSid,
}
/// The query parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCourseOfferingsQuery {
    /// Not on the seed page; from RELATED-FACTS: the list's `offset`, an integer >= 0: how many
    /// offerings to skip before the page starts. Its default is not documented; the demo server
    /// starts at the first offering.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub offset: Option<Offset>,
    /// Not on the seed page; from RELATED-FACTS: the list's `limit`, an integer >= 0: at most how
    /// many offerings the page holds. Its default and maximum are not documented; without it the
    /// demo server returns every offering from `offset` on.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub limit: Option<Limit>,
    /// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortKeys`; whether
    /// the course-offering list does, and which keys it accepts, is not documented. This spec
    /// takes the properties of the seed page's response that hold one string, comma separated:
    /// the first key orders the page, later keys break ties (values compared as text, offerings
    /// without the value first).
    #[serde(
        rename = "sortKeys",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub sort_keys: Option<SortKeys>,
    /// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortOrder`, `ASC` or
    /// `DESC`, beside `sortKeys`; whether the course-offering list does is not documented. The
    /// default is not documented; the demo server sorts `ASC`, and without `sortKeys` lists the
    /// offerings in the order they were created (`DESC`: the newest first).
    #[serde(
        rename = "sortOrder",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub sort_order: Option<SortOrder>,
}
/// The headers this response documents.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCourseOfferingsUnauthorizedHeaders {
    /// Not from the vendor: the challenge HTTP requires on a 401 (RFC 9110). A specgen-generated
    /// server sends `ApiKey name="token"`; whether the vendor's server sends one is not documented,
    /// so it is not marked required.
    ///
    /// Example: `"ApiKey name=\"token\""`
    #[serde(
        rename = "WWW-Authenticate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rt::not_null"
    )]
    pub www_authenticate: Option<String>,
}
/// The responses of `listCourseOfferings` (`GET /v1/installs/{installSid}/courseOfferings`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListCourseOfferingsResponse {
    /// 200: Successful: one page of the install's course offerings. The envelope is the one the vendor's other lists return (RELATED-FACTS); the vendor does not document this list's own shape.
    Ok(CourseOfferingList),
    /// 400: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `INVALIDINPUT`,
    /// status 400, when the input fails validation, e.g. an `installSid` or `offeringSid` that does not
    /// match its pattern, or a body missing `title` or `matchStrings`. The body shape is from the
    /// vendor's newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each invalid input, for a path or query
    /// parameter that breaks its schema (a negative `offset` or `limit`, an unknown `sortKeys` key
    /// or `sortOrder`) and for a body that is not valid JSON (a body that is JSON but breaks the
    /// schema is a 422).
    BadRequest(Error),
    /// 401: Not on the seed page and not documented by the vendor either: a request sent without the
    /// required `token` header. RELATED-FACTS names only `AUTHENTICATIONFAILED` with status 403 for an
    /// invalid or expired token (see the 403 response); 401 is listed here as the conventional HTTP
    /// status for missing credentials, and the status and body the real server sends for a missing
    /// token are unconfirmed. The example is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a `token`
    /// header (or with an empty one) by itself, with 401, a `WWW-Authenticate` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Error, headers: ListCourseOfferingsUnauthorizedHeaders },
    /// 403: Not on the seed page; from RELATED-FACTS (the vendor's integration guide):
    /// `AUTHENTICATIONFAILED`, status 403, when the token is invalid or expired. The body shape is from
    /// the vendor's newer pages; the example's message text is illustrative.
    Forbidden(Error),
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `RESOURCENOTFOUND`,
    /// status 404, when a SID does not exist, here an unknown install (`installSid`) or course
    /// offering (`offeringSid`), including one that was deleted. The body shape is from the vendor's
    /// newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Error),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (anything but `GET` and `POST`
    /// on `/v1/installs/{installSid}/courseOfferings`; anything but `GET`, `PUT` and `DELETE` on
    /// `.../courseOfferings/{offeringSid}`; `HEAD` is served as `GET`), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's answer is not documented.
    MethodNotAllowed(Problem),
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    #[serde(rename = "installSid")]
    pub install_sid: InstallSid,
}
/// The responses of `createCourseOffering` (`POST /v1/installs/{installSid}/courseOfferings`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateCourseOfferingResponse {
    /// 201: Created: the new course offering, shaped as the seed page's update response. Not on the seed page: the status is this spec's choice (RELATED-FACTS: the vendor documents only "Successful"; see the operation).
    Created(CourseOffering),
    /// 400: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `INVALIDINPUT`,
    /// status 400, when the input fails validation, e.g. an `installSid` or `offeringSid` that does not
    /// match its pattern, or a body missing `title` or `matchStrings`. The body shape is from the
    /// vendor's newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each invalid input, for a path or query
    /// parameter that breaks its schema (a negative `offset` or `limit`, an unknown `sortKeys` key
    /// or `sortOrder`) and for a body that is not valid JSON (a body that is JSON but breaks the
    /// schema is a 422).
    BadRequest(Error),
    /// 401: Not on the seed page and not documented by the vendor either: a request sent without the
    /// required `token` header. RELATED-FACTS names only `AUTHENTICATIONFAILED` with status 403 for an
    /// invalid or expired token (see the 403 response); 401 is listed here as the conventional HTTP
    /// status for missing credentials, and the status and body the real server sends for a missing
    /// token are unconfirmed. The example is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a `token`
    /// header (or with an empty one) by itself, with 401, a `WWW-Authenticate` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Error, headers: ListCourseOfferingsUnauthorizedHeaders },
    /// 403: Not on the seed page; from RELATED-FACTS (the vendor's integration guide):
    /// `AUTHENTICATIONFAILED`, status 403, when the token is invalid or expired. The body shape is from
    /// the vendor's newer pages; the example's message text is illustrative.
    Forbidden(Error),
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `RESOURCENOTFOUND`,
    /// status 404, when a SID does not exist, here an unknown install (`installSid`) or course
    /// offering (`offeringSid`), including one that was deleted. The body shape is from the vendor's
    /// newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Error),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (anything but `GET` and `POST`
    /// on `/v1/installs/{installSid}/courseOfferings`; anything but `GET`, `PUT` and `DELETE` on
    /// `.../courseOfferings/{offeringSid}`; `HEAD` is served as `GET`), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's answer is not documented.
    MethodNotAllowed(Problem),
    /// 413: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the request body is larger than it reads (2 MiB), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's limit and answer are not documented.
    PayloadTooLarge(Problem),
    /// 415: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the request body is not declared as `application/json` (the only media type the
    /// seed page documents), as an `application/problem+json` body (`Problem`). Documented so that
    /// every response of such a server is described; the vendor's answer is not documented.
    UnsupportedMediaType(Problem),
    /// 422: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the body is valid JSON but breaks the request schema (a missing `title` or
    /// `matchStrings`, a wrong type, a `startDate`/`endDate` without a `Z`), as an
    /// `application/problem+json` body (`Problem`) that points at the offending value. The vendor
    /// documents `INVALIDINPUT` (400) for bodies that fail validation; its server may well answer
    /// those with 400 instead.
    UnprocessableEntity(Problem),
}
/// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
///
/// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
/// delete take the same parameter.)
///
/// Example: `"CO1234567890abcdef1234567890abcdef"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
#[serde(transparent)]
pub struct OfferingSid(String);
impl TryFrom<String> for OfferingSid {
    type Error = rt::ValidationError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value)?;
        Ok(Self(value))
    }
}
impl From<OfferingSid> for String {
    fn from(value: OfferingSid) -> Self {
        value.0
    }
}
impl<'de> ::serde::Deserialize<'de> for OfferingSid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value).map_err(::serde::de::Error::custom)
    }
}
impl OfferingSid {
    /// The value, if it meets the constraints.
    pub fn new(value: impl Into<String>) -> Result<Self, rt::ValidationError> {
        Self::try_from(value.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_inner(self) -> String {
        self.0
    }
    /// Checks a value against this type's constraints: contains a match of `^CO[a-f0-9]{32}$`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        let matches = {
            let b = value.as_bytes();
            b.len() == 34 && &b[0..2] == b"CO"
                && b[2..34].iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
        };
        if !matches {
            return Err(
                rt::ValidationError::new(
                    "pattern",
                    format!(
                        "{} does not match the pattern `^CO[a-f0-9]{{32}}$`",
                        rt::excerpt(value)
                    ),
                ),
            );
        }
        Ok(())
    }
}
impl TryFrom<&str> for OfferingSid {
    type Error = rt::ValidationError;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::try_from(value.to_owned())
    }
}
impl ::std::str::FromStr for OfferingSid {
    type Err = rt::ValidationError;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::try_from(value)
    }
}
impl AsRef<str> for OfferingSid {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl ::std::fmt::Display for OfferingSid {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(&self.0)
    }
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    #[serde(rename = "installSid")]
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    #[serde(rename = "offeringSid")]
    pub offering_sid: OfferingSid,
}
/// The responses of `getCourseOffering` (`GET /v1/installs/{installSid}/courseOfferings/{offeringSid}`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCourseOfferingResponse {
    /// 200: Successful: the course offering, shaped as the seed page's update response. Not on the seed page: the schema is the seed page's update response, as RELATED-FACTS says the vendor documents no schema for this operation.
    Ok(CourseOffering),
    /// 400: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `INVALIDINPUT`,
    /// status 400, when the input fails validation, e.g. an `installSid` or `offeringSid` that does not
    /// match its pattern, or a body missing `title` or `matchStrings`. The body shape is from the
    /// vendor's newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each invalid input, for a path or query
    /// parameter that breaks its schema (a negative `offset` or `limit`, an unknown `sortKeys` key
    /// or `sortOrder`) and for a body that is not valid JSON (a body that is JSON but breaks the
    /// schema is a 422).
    BadRequest(Error),
    /// 401: Not on the seed page and not documented by the vendor either: a request sent without the
    /// required `token` header. RELATED-FACTS names only `AUTHENTICATIONFAILED` with status 403 for an
    /// invalid or expired token (see the 403 response); 401 is listed here as the conventional HTTP
    /// status for missing credentials, and the status and body the real server sends for a missing
    /// token are unconfirmed. The example is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a `token`
    /// header (or with an empty one) by itself, with 401, a `WWW-Authenticate` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Error, headers: ListCourseOfferingsUnauthorizedHeaders },
    /// 403: Not on the seed page; from RELATED-FACTS (the vendor's integration guide):
    /// `AUTHENTICATIONFAILED`, status 403, when the token is invalid or expired. The body shape is from
    /// the vendor's newer pages; the example's message text is illustrative.
    Forbidden(Error),
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `RESOURCENOTFOUND`,
    /// status 404, when a SID does not exist, here an unknown install (`installSid`) or course
    /// offering (`offeringSid`), including one that was deleted. The body shape is from the vendor's
    /// newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Error),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (anything but `GET` and `POST`
    /// on `/v1/installs/{installSid}/courseOfferings`; anything but `GET`, `PUT` and `DELETE` on
    /// `.../courseOfferings/{offeringSid}`; `HEAD` is served as `GET`), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's answer is not documented.
    MethodNotAllowed(Problem),
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    #[serde(rename = "installSid")]
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    #[serde(rename = "offeringSid")]
    pub offering_sid: OfferingSid,
}
/// The responses of `updateCourseOffering` (`PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateCourseOfferingResponse {
    /// 200: Successful
    Ok(CourseOffering),
    /// 400: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `INVALIDINPUT`,
    /// status 400, when the input fails validation, e.g. an `installSid` or `offeringSid` that does not
    /// match its pattern, or a body missing `title` or `matchStrings`. The body shape is from the
    /// vendor's newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each invalid input, for a path or query
    /// parameter that breaks its schema (a negative `offset` or `limit`, an unknown `sortKeys` key
    /// or `sortOrder`) and for a body that is not valid JSON (a body that is JSON but breaks the
    /// schema is a 422).
    BadRequest(Error),
    /// 401: Not on the seed page and not documented by the vendor either: a request sent without the
    /// required `token` header. RELATED-FACTS names only `AUTHENTICATIONFAILED` with status 403 for an
    /// invalid or expired token (see the 403 response); 401 is listed here as the conventional HTTP
    /// status for missing credentials, and the status and body the real server sends for a missing
    /// token are unconfirmed. The example is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a `token`
    /// header (or with an empty one) by itself, with 401, a `WWW-Authenticate` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Error, headers: ListCourseOfferingsUnauthorizedHeaders },
    /// 403: Not on the seed page; from RELATED-FACTS (the vendor's integration guide):
    /// `AUTHENTICATIONFAILED`, status 403, when the token is invalid or expired. The body shape is from
    /// the vendor's newer pages; the example's message text is illustrative.
    Forbidden(Error),
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `RESOURCENOTFOUND`,
    /// status 404, when a SID does not exist, here an unknown install (`installSid`) or course
    /// offering (`offeringSid`), including one that was deleted. The body shape is from the vendor's
    /// newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Error),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (anything but `GET` and `POST`
    /// on `/v1/installs/{installSid}/courseOfferings`; anything but `GET`, `PUT` and `DELETE` on
    /// `.../courseOfferings/{offeringSid}`; `HEAD` is served as `GET`), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's answer is not documented.
    MethodNotAllowed(Problem),
    /// 413: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the request body is larger than it reads (2 MiB), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's limit and answer are not documented.
    PayloadTooLarge(Problem),
    /// 415: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the request body is not declared as `application/json` (the only media type the
    /// seed page documents), as an `application/problem+json` body (`Problem`). Documented so that
    /// every response of such a server is described; the vendor's answer is not documented.
    UnsupportedMediaType(Problem),
    /// 422: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the body is valid JSON but breaks the request schema (a missing `title` or
    /// `matchStrings`, a wrong type, a `startDate`/`endDate` without a `Z`), as an
    /// `application/problem+json` body (`Problem`) that points at the offending value. The vendor
    /// documents `INVALIDINPUT` (400) for bodies that fail validation; its server may well answer
    /// those with 400 instead.
    UnprocessableEntity(Problem),
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    #[serde(rename = "installSid")]
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    #[serde(rename = "offeringSid")]
    pub offering_sid: OfferingSid,
}
/// The responses of `deleteCourseOffering` (`DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteCourseOfferingResponse {
    /// 204: Successful: the offering is deleted. No body. Not on the seed page: the status is this spec's choice (RELATED-FACTS: the vendor documents only "Successful").
    NoContent,
    /// 400: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `INVALIDINPUT`,
    /// status 400, when the input fails validation, e.g. an `installSid` or `offeringSid` that does not
    /// match its pattern, or a body missing `title` or `matchStrings`. The body shape is from the
    /// vendor's newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each invalid input, for a path or query
    /// parameter that breaks its schema (a negative `offset` or `limit`, an unknown `sortKeys` key
    /// or `sortOrder`) and for a body that is not valid JSON (a body that is JSON but breaks the
    /// schema is a 422).
    BadRequest(Error),
    /// 401: Not on the seed page and not documented by the vendor either: a request sent without the
    /// required `token` header. RELATED-FACTS names only `AUTHENTICATIONFAILED` with status 403 for an
    /// invalid or expired token (see the 403 response); 401 is listed here as the conventional HTTP
    /// status for missing credentials, and the status and body the real server sends for a missing
    /// token are unconfirmed. The example is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a `token`
    /// header (or with an empty one) by itself, with 401, a `WWW-Authenticate` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Error, headers: ListCourseOfferingsUnauthorizedHeaders },
    /// 403: Not on the seed page; from RELATED-FACTS (the vendor's integration guide):
    /// `AUTHENTICATIONFAILED`, status 403, when the token is invalid or expired. The body shape is from
    /// the vendor's newer pages; the example's message text is illustrative.
    Forbidden(Error),
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's integration guide): `RESOURCENOTFOUND`,
    /// status 404, when a SID does not exist, here an unknown install (`installSid`) or course
    /// offering (`offeringSid`), including one that was deleted. The body shape is from the vendor's
    /// newer pages; the example's message text is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Error),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (anything but `GET` and `POST`
    /// on `/v1/installs/{installSid}/courseOfferings`; anything but `GET`, `PUT` and `DELETE` on
    /// `.../courseOfferings/{offeringSid}`; `HEAD` is served as `GET`), as an
    /// `application/problem+json` body (`Problem`). Documented so that every response of such a
    /// server is described; the vendor's answer is not documented.
    MethodNotAllowed(Problem),
}
/// Credential of the `token` security scheme. Sent in the `token` header.
///
/// Seed page: "Authorizations: token, string, header, required"; the page's curl example sends
/// `--header 'token: <api-key>'`.
///
/// Not on the seed page; from RELATED-FACTS (the vendor's integration guide): the value is a JWT,
/// sent in the `token` header (not in `Authorization`), and tokens expire.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Token(pub String);
impl ::std::fmt::Debug for Token {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("Token(***)")
    }
}
impl ::axum::response::IntoResponse for ListCourseOfferingsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                rt::json(::axum::http::StatusCode::OK, "application/json", &body)
            }
            Self::BadRequest(body) => {
                rt::json(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    "application/json",
                    &body,
                )
            }
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(
                    ::axum::http::StatusCode::UNAUTHORIZED,
                    "application/json",
                    &body,
                );
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => {
                rt::json(::axum::http::StatusCode::FORBIDDEN, "application/json", &body)
            }
            Self::NotFound(body) => {
                rt::json(::axum::http::StatusCode::NOT_FOUND, "application/json", &body)
            }
            Self::MethodNotAllowed(body) => {
                rt::json(
                    ::axum::http::StatusCode::METHOD_NOT_ALLOWED,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
impl ::axum::response::IntoResponse for CreateCourseOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                rt::json(::axum::http::StatusCode::CREATED, "application/json", &body)
            }
            Self::BadRequest(body) => {
                rt::json(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    "application/json",
                    &body,
                )
            }
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(
                    ::axum::http::StatusCode::UNAUTHORIZED,
                    "application/json",
                    &body,
                );
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => {
                rt::json(::axum::http::StatusCode::FORBIDDEN, "application/json", &body)
            }
            Self::NotFound(body) => {
                rt::json(::axum::http::StatusCode::NOT_FOUND, "application/json", &body)
            }
            Self::MethodNotAllowed(body) => {
                rt::json(
                    ::axum::http::StatusCode::METHOD_NOT_ALLOWED,
                    "application/problem+json",
                    &body,
                )
            }
            Self::PayloadTooLarge(body) => {
                rt::json(
                    ::axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                    "application/problem+json",
                    &body,
                )
            }
            Self::UnsupportedMediaType(body) => {
                rt::json(
                    ::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "application/problem+json",
                    &body,
                )
            }
            Self::UnprocessableEntity(body) => {
                rt::json(
                    ::axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
impl ::axum::response::IntoResponse for GetCourseOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                rt::json(::axum::http::StatusCode::OK, "application/json", &body)
            }
            Self::BadRequest(body) => {
                rt::json(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    "application/json",
                    &body,
                )
            }
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(
                    ::axum::http::StatusCode::UNAUTHORIZED,
                    "application/json",
                    &body,
                );
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => {
                rt::json(::axum::http::StatusCode::FORBIDDEN, "application/json", &body)
            }
            Self::NotFound(body) => {
                rt::json(::axum::http::StatusCode::NOT_FOUND, "application/json", &body)
            }
            Self::MethodNotAllowed(body) => {
                rt::json(
                    ::axum::http::StatusCode::METHOD_NOT_ALLOWED,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
impl ::axum::response::IntoResponse for UpdateCourseOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                rt::json(::axum::http::StatusCode::OK, "application/json", &body)
            }
            Self::BadRequest(body) => {
                rt::json(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    "application/json",
                    &body,
                )
            }
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(
                    ::axum::http::StatusCode::UNAUTHORIZED,
                    "application/json",
                    &body,
                );
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => {
                rt::json(::axum::http::StatusCode::FORBIDDEN, "application/json", &body)
            }
            Self::NotFound(body) => {
                rt::json(::axum::http::StatusCode::NOT_FOUND, "application/json", &body)
            }
            Self::MethodNotAllowed(body) => {
                rt::json(
                    ::axum::http::StatusCode::METHOD_NOT_ALLOWED,
                    "application/problem+json",
                    &body,
                )
            }
            Self::PayloadTooLarge(body) => {
                rt::json(
                    ::axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                    "application/problem+json",
                    &body,
                )
            }
            Self::UnsupportedMediaType(body) => {
                rt::json(
                    ::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "application/problem+json",
                    &body,
                )
            }
            Self::UnprocessableEntity(body) => {
                rt::json(
                    ::axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
impl ::axum::response::IntoResponse for DeleteCourseOfferingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => {
                ::axum::response::IntoResponse::into_response(
                    ::axum::http::StatusCode::NO_CONTENT,
                )
            }
            Self::BadRequest(body) => {
                rt::json(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    "application/json",
                    &body,
                )
            }
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(
                    ::axum::http::StatusCode::UNAUTHORIZED,
                    "application/json",
                    &body,
                );
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => {
                rt::json(::axum::http::StatusCode::FORBIDDEN, "application/json", &body)
            }
            Self::NotFound(body) => {
                rt::json(::axum::http::StatusCode::NOT_FOUND, "application/json", &body)
            }
            Self::MethodNotAllowed(body) => {
                rt::json(
                    ::axum::http::StatusCode::METHOD_NOT_ALLOWED,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
impl ListCourseOfferingsUnauthorizedHeaders {
    /// Adds every header that has a value to a response's headers.
    pub fn insert_into(&self, headers: &mut ::axum::http::HeaderMap) {
        if let Some(value) = &self.www_authenticate {
            rt::set_header(headers, "WWW-Authenticate", value.to_string());
        }
    }
}
/// SmarterProctoring API (version v1).
///
/// Transcription of the SmarterProctoring (SmarterServices) API reference page
/// "Update Course Offering": `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}`, with its
/// `token` authorization header, the `installSid` and `offeringSid` path parameters (patterns and
/// examples), the JSON request body ("Update course offering payload") and the JSON 200 response
/// ("Successful").
///
/// The page gives no API version; `v1` above is taken from the `/v1` path prefix, not from a
/// version statement on the page.
///
/// The page's own documentation index is published at https://developers.smarterservices.com/llms.txt.
///
/// Beyond the page (from RELATED-FACTS, the vendor's other documentation): the token is a JWT that
/// expires, and the error responses 400, 403 and 404 with their `{code, message, status}` body; a 401
/// for a missing token is added as an undocumented assumption. Course offerings are a full resource
/// on the vendor's side, and the four operations the seed page does not show are described here
/// from RELATED-FACTS: list (`GET /v1/installs/{installSid}/courseOfferings`, with `offset` and
/// `limit`), create (`POST` to the same path, with the update's body), get and delete
/// (`GET` and `DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}`). The vendor's own
/// machine-readable description documents only an untyped "Successful" response for all five, so
/// their response bodies reuse the seed page's response schema (`CourseOffering`). The list's
/// envelope and its `sortKeys` and `sortOrder` (those of the vendor's other lists) and the
/// statuses 201 (create) and 204 (delete) are this spec's choices. Each addition says so, and
/// where it comes from, where it appears.
///
/// Beyond the vendor altogether: the `application/problem+json` bodies (schema `Problem`) of the
/// 400, 401 and 404 responses, and the 405, 413, 415 and 422 responses, are what a server generated
/// by specgen from this spec answers by itself before the service code runs. They are documented so
/// that every response of such a server is described; schemathesis checks that against the demo
/// server (`tests/external/schemathesis.sh`). The response `links` (from a created or listed
/// offering to its get, update and delete) are this spec's too: they let tools such as
/// schemathesis follow the resource from one operation to the next.
///
///
/// Generated by specgen from the OpenAPI description; do not edit by hand.
///
/// Implement it and serve it with [`router`]; each method gets validated input and answers with one of the responses the spec documents.
pub trait SmarterProctoringApi: Send + Sync + 'static {
    /// List Course Offerings
    ///
    /// `GET /v1/installs/{installSid}/courseOfferings` (operationId `listCourseOfferings`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): lists the course
    /// offerings of an application install, a page at a time (`offset`, `limit`).
    ///
    /// The vendor does not document this list's response shape (its machine-readable description
    /// says only "Successful"). This spec documents the envelope that the vendor's other lists
    /// return, `{total, count, offset, first, next, prev, last, results}` (RELATED-FACTS), with
    /// the seed page's response schema for each item, and takes the `sortKeys` and `sortOrder` of
    /// those lists too.
    fn list_course_offerings(
        &self,
        auth: Token,
        path: ListCourseOfferingsPath,
        query: ListCourseOfferingsQuery,
    ) -> impl ::std::future::Future<Output = ListCourseOfferingsResponse> + Send;
    /// Create Course Offering
    ///
    /// `POST /v1/installs/{installSid}/courseOfferings` (operationId `createCourseOffering`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): creates a
    /// course offering of an application install. It takes the same body as the update (the seed
    /// page's "Update course offering payload": `title` and `matchStrings` required, `startDate`
    /// and `endDate` optional with pattern `.*Z`) and returns the new offering, shaped as the seed
    /// page's update response, with the `sid` the server gave it (`CO` + 32 hex digits).
    ///
    /// The vendor documents only an untyped "Successful" response for this operation; its status
    /// is not documented. This spec documents 201 Created, the HTTP status for a request that
    /// created a resource.
    fn create_course_offering(
        &self,
        auth: Token,
        path: CreateCourseOfferingPath,
        body: UpdateCourseOfferingRequest,
    ) -> impl ::std::future::Future<Output = CreateCourseOfferingResponse> + Send;
    /// Get Course Offering
    ///
    /// `GET /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `getCourseOffering`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): returns one
    /// course offering of an application install. The vendor documents only an untyped
    /// "Successful" response; the body is documented here with the seed page's response schema,
    /// the same offering the update returns.
    fn get_course_offering(
        &self,
        auth: Token,
        path: GetCourseOfferingPath,
    ) -> impl ::std::future::Future<Output = GetCourseOfferingResponse> + Send;
    /// Update Course Offering
    ///
    /// `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `updateCourseOffering`)
    ///
    /// Updates a course offering of an application install and returns the updated offering
    /// (seed page: "Update Course Offering", response 200 "Successful").
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): the update
    /// replaces the whole configuration, so both required fields, `title` and `matchStrings`, must always be
    /// sent. Note that `matchStrings` is sent as one comma-separated string but returned as an array
    /// of strings.
    fn update_course_offering(
        &self,
        auth: Token,
        path: UpdateCourseOfferingPath,
        body: UpdateCourseOfferingRequest,
    ) -> impl ::std::future::Future<Output = UpdateCourseOfferingResponse> + Send;
    /// Delete Course Offering
    ///
    /// `DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `deleteCourseOffering`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): deletes a course
    /// offering of an application install. Afterwards a get, update or delete of the same
    /// `offeringSid` answers 404 `RESOURCENOTFOUND`.
    ///
    /// The vendor documents only an untyped "Successful" response for this operation; neither its
    /// status nor a body is documented. This spec documents 204 No Content, the HTTP status for a
    /// request that succeeded with nothing to return.
    fn delete_course_offering(
        &self,
        auth: Token,
        path: DeleteCourseOfferingPath,
    ) -> impl ::std::future::Future<Output = DeleteCourseOfferingResponse> + Send;
}
/// An axum router serving every operation of [`SmarterProctoringApi`]: it checks credentials (401), parameters (400), the body's media type (415), size (413) and schema (400 when not JSON, 422 when it breaks the schema), answers unknown paths with 404 and unknown methods with 405, all as `application/problem+json`, and calls `api` only with valid input.
pub fn router<A: SmarterProctoringApi>(api: ::std::sync::Arc<A>) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/v1/installs/{installSid}/courseOfferings",
            ::axum::routing::get(handlers::list_course_offerings::<A>)
                .post(handlers::create_course_offering::<A>),
        )
        .route(
            "/v1/installs/{installSid}/courseOfferings/{offeringSid}",
            ::axum::routing::get(handlers::get_course_offering::<A>)
                .put(handlers::update_course_offering::<A>)
                .delete(handlers::delete_course_offering::<A>),
        )
        .fallback(rt::not_found)
        .method_not_allowed_fallback(rt::method_not_allowed)
        .with_state(api)
}
/// One handler per operation: extraction and validation before the trait method runs.
mod handlers {
    use super::*;
    use ::axum::response::IntoResponse as _;
    pub(super) async fn list_course_offerings<A: SmarterProctoringApi>(
        ::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>,
        request: ::axum::extract::Request,
    ) -> ::axum::response::Response {
        let (mut parts, _) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let query_pairs = match rt::query_pairs(parts.uri.query()) {
            Ok(pairs) => pairs,
            Err(problem) => return problem.into_response(),
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .param(
                "path",
                "installSid",
                rt::path_value(&path_params, "installSid"),
                rt::Presence::Required,
                rt::parse_param::<InstallSid>,
            );
        let offset = problems
            .param(
                "query",
                "offset",
                rt::query_value(&query_pairs, "offset"),
                rt::Presence::Optional,
                rt::parse_param::<Offset>,
            );
        let limit = problems
            .param(
                "query",
                "limit",
                rt::query_value(&query_pairs, "limit"),
                rt::Presence::Optional,
                rt::parse_param::<Limit>,
            );
        let sort_keys = {
            let items = problems
                .list(
                    "query",
                    "sortKeys",
                    rt::query_values(&query_pairs, "sortKeys", false, ','),
                    rt::Presence::Optional,
                    rt::parse_param::<SortKeysItem>,
                );
            problems.checked::<SortKeys, _>("query", "sortKeys", items)
        };
        let sort_order = problems
            .param(
                "query",
                "sortOrder",
                rt::query_value(&query_pairs, "sortOrder"),
                rt::Presence::Optional,
                rt::parse_param::<SortOrder>,
            );
        if let Some(problem) = problems.finish() {
            return problem.into_response();
        }
        let Some(install_sid) = install_sid else { return rt::internal_error() };
        let path = ListCourseOfferingsPath {
            install_sid,
        };
        let query = ListCourseOfferingsQuery {
            offset,
            limit,
            sort_keys,
            sort_order,
        };
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        ::std::mem::drop(query_pairs);
        <A as SmarterProctoringApi>::list_course_offerings(&api, auth, path, query)
            .await
            .into_response()
    }
    pub(super) async fn create_course_offering<A: SmarterProctoringApi>(
        ::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>,
        request: ::axum::extract::Request,
    ) -> ::axum::response::Response {
        let (mut parts, body) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .param(
                "path",
                "installSid",
                rt::path_value(&path_params, "installSid"),
                rt::Presence::Required,
                rt::parse_param::<InstallSid>,
            );
        if let Some(problem) = problems.finish() {
            return problem.into_response();
        }
        let Some(install_sid) = install_sid else { return rt::internal_error() };
        let path = CreateCourseOfferingPath {
            install_sid,
        };
        if !rt::content_type_is(&parts.headers, "application/json") {
            return rt::Problem::new(
                    ::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "this operation takes a `application/json` body",
                )
                .into_response();
        }
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        let bytes = match rt::read_body(body).await {
            Ok(bytes) => bytes,
            Err(problem) => return problem.into_response(),
        };
        let body = match rt::parse_json::<UpdateCourseOfferingRequest>(&bytes) {
            Ok(body) => body,
            Err(problem) => return problem.into_response(),
        };
        <A as SmarterProctoringApi>::create_course_offering(&api, auth, path, body)
            .await
            .into_response()
    }
    pub(super) async fn get_course_offering<A: SmarterProctoringApi>(
        ::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>,
        request: ::axum::extract::Request,
    ) -> ::axum::response::Response {
        let (mut parts, _) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .param(
                "path",
                "installSid",
                rt::path_value(&path_params, "installSid"),
                rt::Presence::Required,
                rt::parse_param::<InstallSid>,
            );
        let offering_sid = problems
            .param(
                "path",
                "offeringSid",
                rt::path_value(&path_params, "offeringSid"),
                rt::Presence::Required,
                rt::parse_param::<OfferingSid>,
            );
        if let Some(problem) = problems.finish() {
            return problem.into_response();
        }
        let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid) else {
            return rt::internal_error()
        };
        let path = GetCourseOfferingPath {
            install_sid,
            offering_sid,
        };
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        <A as SmarterProctoringApi>::get_course_offering(&api, auth, path)
            .await
            .into_response()
    }
    pub(super) async fn update_course_offering<A: SmarterProctoringApi>(
        ::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>,
        request: ::axum::extract::Request,
    ) -> ::axum::response::Response {
        let (mut parts, body) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .param(
                "path",
                "installSid",
                rt::path_value(&path_params, "installSid"),
                rt::Presence::Required,
                rt::parse_param::<InstallSid>,
            );
        let offering_sid = problems
            .param(
                "path",
                "offeringSid",
                rt::path_value(&path_params, "offeringSid"),
                rt::Presence::Required,
                rt::parse_param::<OfferingSid>,
            );
        if let Some(problem) = problems.finish() {
            return problem.into_response();
        }
        let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid) else {
            return rt::internal_error()
        };
        let path = UpdateCourseOfferingPath {
            install_sid,
            offering_sid,
        };
        if !rt::content_type_is(&parts.headers, "application/json") {
            return rt::Problem::new(
                    ::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "this operation takes a `application/json` body",
                )
                .into_response();
        }
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        let bytes = match rt::read_body(body).await {
            Ok(bytes) => bytes,
            Err(problem) => return problem.into_response(),
        };
        let body = match rt::parse_json::<UpdateCourseOfferingRequest>(&bytes) {
            Ok(body) => body,
            Err(problem) => return problem.into_response(),
        };
        <A as SmarterProctoringApi>::update_course_offering(&api, auth, path, body)
            .await
            .into_response()
    }
    pub(super) async fn delete_course_offering<A: SmarterProctoringApi>(
        ::axum::extract::State(api): ::axum::extract::State<::std::sync::Arc<A>>,
        request: ::axum::extract::Request,
    ) -> ::axum::response::Response {
        let (mut parts, _) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .param(
                "path",
                "installSid",
                rt::path_value(&path_params, "installSid"),
                rt::Presence::Required,
                rt::parse_param::<InstallSid>,
            );
        let offering_sid = problems
            .param(
                "path",
                "offeringSid",
                rt::path_value(&path_params, "offeringSid"),
                rt::Presence::Required,
                rt::parse_param::<OfferingSid>,
            );
        if let Some(problem) = problems.finish() {
            return problem.into_response();
        }
        let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid) else {
            return rt::internal_error()
        };
        let path = DeleteCourseOfferingPath {
            install_sid,
            offering_sid,
        };
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        <A as SmarterProctoringApi>::delete_course_offering(&api, auth, path)
            .await
            .into_response()
    }
}
/// A client for SmarterProctoring API: one method per operation, taking the types of [`SmarterProctoringApi`] (already checked) and returning its response enums. Responses with a status the spec does not document are errors.
#[derive(Clone, Debug)]
pub struct Client {
    base_url: String,
    http: ::reqwest::Client,
}
impl Client {
    /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http(base_url, ::reqwest::Client::new())
    }
    /// A client that sends through `http` (for timeouts, TLS, proxies).
    pub fn with_http(base_url: impl Into<String>, http: ::reqwest::Client) -> Self {
        let base_url = base_url.into().trim_end_matches('/').to_owned();
        Self { base_url, http }
    }
    /// List Course Offerings
    ///
    /// `GET /v1/installs/{installSid}/courseOfferings` (operationId `listCourseOfferings`)
    pub async fn list_course_offerings(
        &self,
        auth: &Token,
        path: &ListCourseOfferingsPath,
        query: &ListCourseOfferingsQuery,
    ) -> Result<ListCourseOfferingsResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
        url.push_str("/v1/installs/");
        url.push_str(&rt::encode_component(&path.install_sid));
        url.push_str("/courseOfferings");
        let query_params = query;
        let mut query = rt::Query::default();
        if let Some(value) = &query_params.offset {
            query.push("offset", value.to_string());
        }
        if let Some(value) = &query_params.limit {
            query.push("limit", value.to_string());
        }
        if let Some(value) = &query_params.sort_keys {
            query
                .push(
                    "sortKeys",
                    value
                        .as_slice()
                        .iter()
                        .map(|item| item.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                );
        }
        if let Some(value) = &query_params.sort_order {
            query.push("sortOrder", value.to_string());
        }
        url.push_str(&query.encode());
        let mut request = self.http.request(::reqwest::Method::GET, url.as_str());
        request = request.header("token", auth.0.as_str());
        let request = request.build().map_err(rt::ClientError::Transport)?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(rt::ClientError::Transport)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(rt::ClientError::Transport)?;
        Ok(
            match status {
                200 => {
                    ListCourseOfferingsResponse::Ok(
                        rt::decode_json::<CourseOfferingList>(status, &bytes)?,
                    )
                }
                400 => {
                    ListCourseOfferingsResponse::BadRequest(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                401 => {
                    ListCourseOfferingsResponse::Unauthorized {
                        body: rt::decode_json::<Error>(status, &bytes)?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&response_headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => {
                    ListCourseOfferingsResponse::Forbidden(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                404 => {
                    ListCourseOfferingsResponse::NotFound(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                405 => {
                    ListCourseOfferingsResponse::MethodNotAllowed(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                _ => {
                    return Err(rt::ClientError::UnexpectedStatus {
                        status,
                        body: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            },
        )
    }
    /// Create Course Offering
    ///
    /// `POST /v1/installs/{installSid}/courseOfferings` (operationId `createCourseOffering`)
    pub async fn create_course_offering(
        &self,
        auth: &Token,
        path: &CreateCourseOfferingPath,
        body: &UpdateCourseOfferingRequest,
    ) -> Result<CreateCourseOfferingResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
        url.push_str("/v1/installs/");
        url.push_str(&rt::encode_component(&path.install_sid));
        url.push_str("/courseOfferings");
        let mut request = self.http.request(::reqwest::Method::POST, url.as_str());
        request = request.header("token", auth.0.as_str());
        request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
        let request = request.build().map_err(rt::ClientError::Transport)?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(rt::ClientError::Transport)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(rt::ClientError::Transport)?;
        Ok(
            match status {
                201 => {
                    CreateCourseOfferingResponse::Created(
                        rt::decode_json::<CourseOffering>(status, &bytes)?,
                    )
                }
                400 => {
                    CreateCourseOfferingResponse::BadRequest(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                401 => {
                    CreateCourseOfferingResponse::Unauthorized {
                        body: rt::decode_json::<Error>(status, &bytes)?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&response_headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => {
                    CreateCourseOfferingResponse::Forbidden(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                404 => {
                    CreateCourseOfferingResponse::NotFound(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                405 => {
                    CreateCourseOfferingResponse::MethodNotAllowed(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                413 => {
                    CreateCourseOfferingResponse::PayloadTooLarge(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                415 => {
                    CreateCourseOfferingResponse::UnsupportedMediaType(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                422 => {
                    CreateCourseOfferingResponse::UnprocessableEntity(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                _ => {
                    return Err(rt::ClientError::UnexpectedStatus {
                        status,
                        body: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            },
        )
    }
    /// Get Course Offering
    ///
    /// `GET /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `getCourseOffering`)
    pub async fn get_course_offering(
        &self,
        auth: &Token,
        path: &GetCourseOfferingPath,
    ) -> Result<GetCourseOfferingResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
        url.push_str("/v1/installs/");
        url.push_str(&rt::encode_component(&path.install_sid));
        url.push_str("/courseOfferings/");
        url.push_str(&rt::encode_component(&path.offering_sid));
        let mut request = self.http.request(::reqwest::Method::GET, url.as_str());
        request = request.header("token", auth.0.as_str());
        let request = request.build().map_err(rt::ClientError::Transport)?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(rt::ClientError::Transport)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(rt::ClientError::Transport)?;
        Ok(
            match status {
                200 => {
                    GetCourseOfferingResponse::Ok(
                        rt::decode_json::<CourseOffering>(status, &bytes)?,
                    )
                }
                400 => {
                    GetCourseOfferingResponse::BadRequest(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                401 => {
                    GetCourseOfferingResponse::Unauthorized {
                        body: rt::decode_json::<Error>(status, &bytes)?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&response_headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => {
                    GetCourseOfferingResponse::Forbidden(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                404 => {
                    GetCourseOfferingResponse::NotFound(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                405 => {
                    GetCourseOfferingResponse::MethodNotAllowed(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                _ => {
                    return Err(rt::ClientError::UnexpectedStatus {
                        status,
                        body: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            },
        )
    }
    /// Update Course Offering
    ///
    /// `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `updateCourseOffering`)
    pub async fn update_course_offering(
        &self,
        auth: &Token,
        path: &UpdateCourseOfferingPath,
        body: &UpdateCourseOfferingRequest,
    ) -> Result<UpdateCourseOfferingResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
        url.push_str("/v1/installs/");
        url.push_str(&rt::encode_component(&path.install_sid));
        url.push_str("/courseOfferings/");
        url.push_str(&rt::encode_component(&path.offering_sid));
        let mut request = self.http.request(::reqwest::Method::PUT, url.as_str());
        request = request.header("token", auth.0.as_str());
        request = request
            .header(::reqwest::header::CONTENT_TYPE, "application/json")
            .body(::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
        let request = request.build().map_err(rt::ClientError::Transport)?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(rt::ClientError::Transport)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(rt::ClientError::Transport)?;
        Ok(
            match status {
                200 => {
                    UpdateCourseOfferingResponse::Ok(
                        rt::decode_json::<CourseOffering>(status, &bytes)?,
                    )
                }
                400 => {
                    UpdateCourseOfferingResponse::BadRequest(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                401 => {
                    UpdateCourseOfferingResponse::Unauthorized {
                        body: rt::decode_json::<Error>(status, &bytes)?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&response_headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => {
                    UpdateCourseOfferingResponse::Forbidden(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                404 => {
                    UpdateCourseOfferingResponse::NotFound(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                405 => {
                    UpdateCourseOfferingResponse::MethodNotAllowed(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                413 => {
                    UpdateCourseOfferingResponse::PayloadTooLarge(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                415 => {
                    UpdateCourseOfferingResponse::UnsupportedMediaType(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                422 => {
                    UpdateCourseOfferingResponse::UnprocessableEntity(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                _ => {
                    return Err(rt::ClientError::UnexpectedStatus {
                        status,
                        body: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            },
        )
    }
    /// Delete Course Offering
    ///
    /// `DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `deleteCourseOffering`)
    pub async fn delete_course_offering(
        &self,
        auth: &Token,
        path: &DeleteCourseOfferingPath,
    ) -> Result<DeleteCourseOfferingResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
        url.push_str("/v1/installs/");
        url.push_str(&rt::encode_component(&path.install_sid));
        url.push_str("/courseOfferings/");
        url.push_str(&rt::encode_component(&path.offering_sid));
        let mut request = self.http.request(::reqwest::Method::DELETE, url.as_str());
        request = request.header("token", auth.0.as_str());
        let request = request.build().map_err(rt::ClientError::Transport)?;
        let response = self
            .http
            .execute(request)
            .await
            .map_err(rt::ClientError::Transport)?;
        let status = response.status().as_u16();
        let response_headers = response.headers().clone();
        let bytes = response.bytes().await.map_err(rt::ClientError::Transport)?;
        Ok(
            match status {
                204 => DeleteCourseOfferingResponse::NoContent,
                400 => {
                    DeleteCourseOfferingResponse::BadRequest(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                401 => {
                    DeleteCourseOfferingResponse::Unauthorized {
                        body: rt::decode_json::<Error>(status, &bytes)?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&response_headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => {
                    DeleteCourseOfferingResponse::Forbidden(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                404 => {
                    DeleteCourseOfferingResponse::NotFound(
                        rt::decode_json::<Error>(status, &bytes)?,
                    )
                }
                405 => {
                    DeleteCourseOfferingResponse::MethodNotAllowed(
                        rt::decode_json::<Problem>(status, &bytes)?,
                    )
                }
                _ => {
                    return Err(rt::ClientError::UnexpectedStatus {
                        status,
                        body: String::from_utf8_lossy(&bytes).into_owned(),
                    });
                }
            },
        )
    }
}
/// Support code for the types above: validation errors, format checks, serde helpers.
pub mod rt {
    /// A value that breaks a constraint of the spec.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ValidationError {
        /// The keyword of the constraint (`pattern`, `maxLength`, `format`, ...).
        pub constraint: &'static str,
        /// What is wrong with the value (quoting at most a short excerpt of it).
        pub message: String,
    }
    impl ValidationError {
        pub fn new(constraint: &'static str, message: impl Into<String>) -> Self {
            Self {
                constraint,
                message: message.into(),
            }
        }
    }
    impl ::std::fmt::Display for ValidationError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            write!(f, "{} ({})", self.message, self.constraint)
        }
    }
    impl ::std::error::Error for ValidationError {}
    /// A value quoted for an error message: at most 40 characters, so huge inputs are not echoed.
    pub fn excerpt(value: &str) -> String {
        const MAX: usize = 40;
        if value.chars().count() <= MAX {
            format!("{value:?}")
        } else {
            let head: String = value.chars().take(MAX).collect();
            format!("{head:?}... ({} characters)", value.chars().count())
        }
    }
    /// `multipleOf` for numbers that are not integers: the quotient is whole, up to rounding error.
    pub fn is_multiple_of(value: f64, divisor: f64) -> bool {
        let quotient = value / divisor;
        quotient.is_finite()
            && (quotient - quotient.round()).abs() <= 1e-9 * quotient.abs().max(1.0)
    }
    /// The positions of the first two equal items, for `uniqueItems`.
    pub fn first_duplicate<T: PartialEq>(items: &[T]) -> Option<(usize, usize)> {
        for (i, a) in items.iter().enumerate() {
            if let Some(j) = items[i + 1..].iter().position(|b| a == b) {
                return Some((i, i + 1 + j));
            }
        }
        None
    }
    /// A required property that may be `null`: present, then `null` or a value.
    pub fn nullable<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
    where
        D: ::serde::Deserializer<'de>,
        T: ::serde::Deserialize<'de>,
    {
        <Option<T> as ::serde::Deserialize>::deserialize(deserializer)
    }
    /// An optional property that may not be `null`: absent is `None`, `null` is an error.
    pub fn not_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
    where
        D: ::serde::Deserializer<'de>,
        T: ::serde::Deserialize<'de>,
    {
        T::deserialize(deserializer).map(Some)
    }
    /// An optional property that may be `null`: absent is `None`, `null` is `Some(None)`.
    pub fn absent_or_nullable<'de, D, T>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error>
    where
        D: ::serde::Deserializer<'de>,
        T: ::serde::Deserialize<'de>,
    {
        <Option<T> as ::serde::Deserialize>::deserialize(deserializer).map(Some)
    }
    /// Checks a string against a `format` (RFC 3339 dates and times, UUIDs, e-mail addresses, IP
    /// addresses, URIs, base64). Unknown formats pass.
    pub fn check_format(
        value: &str,
        format: &'static str,
    ) -> Result<(), ValidationError> {
        let ok = match format {
            "date-time" => is_date_time(value),
            "date" => is_date(value),
            "time" => is_time(value),
            "uuid" => is_uuid(value),
            "email" => is_email(value),
            "ipv4" => value.parse::<::std::net::Ipv4Addr>().is_ok(),
            "ipv6" => value.parse::<::std::net::Ipv6Addr>().is_ok(),
            "uri" => is_uri(value),
            "byte" => is_base64(value),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(
                ValidationError::new(
                    "format",
                    format!("{} is not a valid {}", excerpt(value), format),
                ),
            )
        }
    }
    /// The number written by exactly the ASCII digits at `range` of `s`; `None` when `range` is not
    /// digits or cuts a character (the text is untrusted: it is never sliced unchecked).
    fn digits(s: &str, range: ::std::ops::Range<usize>) -> Option<u32> {
        let part = s.get(range)?;
        (!part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    }
    /// RFC 3339 `full-date`.
    pub fn is_date(s: &str) -> bool {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return false;
        }
        let (Some(y), Some(m), Some(d)) = (
            digits(s, 0..4),
            digits(s, 5..7),
            digits(s, 8..10),
        ) else {
            return false;
        };
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&d)
    }
    /// RFC 3339 `full-time`: `HH:MM:SS[.frac](Z|±HH:MM)`.
    pub fn is_time(s: &str) -> bool {
        let b = s.as_bytes();
        if b.len() < 9 || b[2] != b':' || b[5] != b':' {
            return false;
        }
        let (Some(h), Some(m), Some(sec)) = (
            digits(s, 0..2),
            digits(s, 3..5),
            digits(s, 6..8),
        ) else {
            return false;
        };
        if h > 23 || m > 59 || sec > 60 {
            return false;
        }
        let Some(mut rest) = s.get(8..) else { return false };
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return false;
            }
            rest = &frac[n..];
        }
        match rest.as_bytes() {
            [b'Z' | b'z'] => true,
            [b'+' | b'-', ..] if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                matches!(
                    (digits(rest, 1..3), digits(rest, 4..6)), (Some(oh), Some(om)) if oh
                    <= 23 && om <= 59
                )
            }
            _ => false,
        }
    }
    /// RFC 3339 `date-time`.
    pub fn is_date_time(s: &str) -> bool {
        matches!(s.as_bytes().get(10), Some(b'T' | b't'))
            && s.get(..10).is_some_and(is_date) && s.get(11..).is_some_and(is_time)
    }
    pub fn is_uuid(s: &str) -> bool {
        let b = s.as_bytes();
        b.len() == 36
            && b
                .iter()
                .enumerate()
                .all(|(i, c)| {
                    if matches!(i, 8 | 13 | 18 | 23) {
                        *c == b'-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
    }
    pub fn is_email(s: &str) -> bool {
        match s.rsplit_once('@') {
            Some((local, domain)) => {
                !local.is_empty() && !domain.is_empty() && !domain.starts_with('.')
                    && !domain.ends_with('.') && !s.chars().any(char::is_whitespace)
                    && !domain.contains('@')
            }
            None => false,
        }
    }
    pub fn is_uri(s: &str) -> bool {
        match s.split_once(':') {
            Some((scheme, _)) => {
                scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme
                        .chars()
                        .all(|c| {
                            c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')
                        }) && !s.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        }
    }
    pub fn is_base64(s: &str) -> bool {
        let body = s.trim_end_matches('=');
        s.len().is_multiple_of(4) && s.len() - body.len() <= 2
            && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
    }
    ///A string in the `date-time` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct DateTime(String);
    impl DateTime {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for DateTime {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "date-time")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for DateTime {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DateTime {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for DateTime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `date` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Date(String);
    impl Date {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Date {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "date")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Date {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Date {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Date {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `time` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Time(String);
    impl Time {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Time {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "time")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Time {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Time {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Time {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `uuid` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Uuid(String);
    impl Uuid {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Uuid {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "uuid")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Uuid {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Uuid {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Uuid {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `email` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Email(String);
    impl Email {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Email {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "email")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Email {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Email {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Email {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `ipv4` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Ipv4(String);
    impl Ipv4 {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Ipv4 {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "ipv4")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Ipv4 {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Ipv4 {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Ipv4 {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `ipv6` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Ipv6(String);
    impl Ipv6 {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Ipv6 {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "ipv6")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Ipv6 {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Ipv6 {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Ipv6 {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `uri` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Uri(String);
    impl Uri {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Uri {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "uri")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Uri {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Uri {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Uri {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    ///A string in the `byte` format, checked when it is made or deserialized.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct Base64(String);
    impl Base64 {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
    }
    impl TryFrom<String> for Base64 {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            check_format(&value, "byte")?;
            Ok(Self(value))
        }
    }
    impl ::std::str::FromStr for Base64 {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Base64 {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl ::std::fmt::Display for Base64 {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    /// A string whose length in characters is at least `MIN` and at most `MAX`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize)]
    #[serde(transparent)]
    pub struct BoundedString<const MIN: usize, const MAX: usize>(String);
    impl<const MIN: usize, const MAX: usize> BoundedString<MIN, MAX> {
        pub fn new(value: impl Into<String>) -> Result<Self, ValidationError> {
            Self::try_from(value.into())
        }
        pub fn as_str(&self) -> &str {
            &self.0
        }
        pub fn into_inner(self) -> String {
            self.0
        }
        /// Checks the length in characters (not bytes).
        pub fn check(value: &str) -> Result<(), ValidationError> {
            let length = value.chars().count();
            if length < MIN {
                return Err(
                    ValidationError::new(
                        "minLength",
                        format!("must be at least {MIN} characters long, not {length}"),
                    ),
                );
            }
            if length > MAX {
                return Err(
                    ValidationError::new(
                        "maxLength",
                        format!("must be at most {MAX} characters long, not {length}"),
                    ),
                );
            }
            Ok(())
        }
    }
    impl<const MIN: usize, const MAX: usize> TryFrom<String>
    for BoundedString<MIN, MAX> {
        type Error = ValidationError;
        fn try_from(value: String) -> Result<Self, Self::Error> {
            Self::check(&value)?;
            Ok(Self(value))
        }
    }
    impl<const MIN: usize, const MAX: usize> ::std::str::FromStr
    for BoundedString<MIN, MAX> {
        type Err = ValidationError;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::try_from(value.to_owned())
        }
    }
    impl<'de, const MIN: usize, const MAX: usize> ::serde::Deserialize<'de>
    for BoundedString<MIN, MAX> {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            Self::try_from(String::deserialize(deserializer)?)
                .map_err(::serde::de::Error::custom)
        }
    }
    impl<const MIN: usize, const MAX: usize> AsRef<str> for BoundedString<MIN, MAX> {
        fn as_ref(&self) -> &str {
            &self.0
        }
    }
    impl<const MIN: usize, const MAX: usize> ::std::fmt::Display
    for BoundedString<MIN, MAX> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(&self.0)
        }
    }
    use ::axum::http::{HeaderMap, StatusCode, header};
    use ::axum::response::{IntoResponse, Response};
    /// The largest request body the router reads (2 MiB); larger ones are answered 413.
    pub const MAX_BODY_BYTES: usize = 2 << 20;
    /// An error response in the RFC 9457 problem format (`application/problem+json`).
    #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct Problem {
        #[serde(rename = "type")]
        pub kind: String,
        pub title: String,
        pub status: u16,
        pub detail: String,
        /// One entry per invalid input.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub errors: Vec<ProblemItem>,
    }
    /// One invalid input: where it is and what is wrong with it.
    #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
    pub struct ProblemItem {
        /// `path`, `query`, `header` or `body`.
        #[serde(rename = "in")]
        pub location: String,
        /// The parameter's name, or a JSON pointer into the body.
        pub name: String,
        /// The keyword of the broken constraint, when there is one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub constraint: Option<String>,
        pub message: String,
    }
    impl Problem {
        pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
            Self {
                kind: "about:blank".to_owned(),
                title: status.canonical_reason().unwrap_or("Error").to_owned(),
                status: status.as_u16(),
                detail: detail.into(),
                errors: Vec::new(),
            }
        }
        pub fn with(
            mut self,
            location: &str,
            name: &str,
            constraint: Option<&str>,
            message: impl Into<String>,
        ) -> Self {
            self.errors
                .push(ProblemItem {
                    location: location.to_owned(),
                    name: name.to_owned(),
                    constraint: constraint.map(str::to_owned),
                    message: message.into(),
                });
            self
        }
    }
    impl IntoResponse for Problem {
        fn into_response(self) -> Response {
            let status = StatusCode::from_u16(self.status)
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            json(status, "application/problem+json", &self)
        }
    }
    /// A JSON response with the given status and content type.
    pub fn json<T: ::serde::Serialize>(
        status: StatusCode,
        content_type: &'static str,
        body: &T,
    ) -> Response {
        match ::serde_json::to_vec(body) {
            Ok(bytes) => {
                let mut response = Response::new(::axum::body::Body::from(bytes));
                *response.status_mut() = status;
                response
                    .headers_mut()
                    .insert(
                        header::CONTENT_TYPE,
                        ::axum::http::HeaderValue::from_static(content_type),
                    );
                response
            }
            Err(e) => {
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("response body could not be serialized: {e}"),
                )
                    .into_response()
            }
        }
    }
    /// Sets a response header; control characters (which no header may hold) become spaces.
    pub fn set_header(headers: &mut HeaderMap, name: &str, value: String) {
        let clean: String = value
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let name = ::axum::http::HeaderName::from_bytes(name.as_bytes());
        if let (Ok(name), Ok(value)) = (
            name,
            ::axum::http::HeaderValue::from_str(&clean),
        ) {
            headers.insert(name, value);
        }
    }
    /// The 400 for a parameter that is missing or invalid.
    pub fn bad_parameter(
        location: &str,
        name: &str,
        error: Option<&ValidationError>,
        message: String,
    ) -> Problem {
        Problem::new(
                StatusCode::BAD_REQUEST,
                format!("invalid {location} parameter `{name}`"),
            )
            .with(location, name, error.map(|e| e.constraint), message)
    }
    /// Parses one parameter value with the type's `FromStr`.
    pub fn parse_param<T>(location: &str, name: &str, raw: &str) -> Result<T, Problem>
    where
        T: ::std::str::FromStr,
        T::Err: ::std::fmt::Display + 'static,
    {
        raw.parse::<T>()
            .map_err(|e| {
                let validation = (&e as &dyn ::std::any::Any)
                    .downcast_ref::<ValidationError>();
                let message = match validation {
                    Some(v) => v.message.clone(),
                    None => format!("{} is not valid here: {e}", excerpt(raw)),
                };
                bad_parameter(location, name, validation, message)
            })
    }
    /// Reads a parameter of a type without `FromStr` (a union, say): as a JSON string, else as JSON.
    pub fn parse_param_json<T: ::serde::de::DeserializeOwned>(
        location: &str,
        name: &str,
        raw: &str,
    ) -> Result<T, Problem> {
        ::serde_json::from_value(::serde_json::Value::String(raw.to_owned()))
            .or_else(|_| ::serde_json::from_str(raw))
            .map_err(|e| bad_parameter(
                location,
                name,
                None,
                format!("{} is not valid here: {e}", excerpt(raw)),
            ))
    }
    /// Whether a parameter must be sent, and whether an empty value stands for its `null`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Presence {
        Required,
        Optional,
        RequiredNullable,
        OptionalNullable,
    }
    impl Presence {
        pub fn required(self) -> bool {
            matches!(self, Self::Required | Self::RequiredNullable)
        }
        pub fn nullable(self) -> bool {
            matches!(self, Self::RequiredNullable | Self::OptionalNullable)
        }
    }
    /// Collects the problems of several parameters into one 400.
    #[derive(Debug, Default)]
    pub struct Problems(Option<Problem>);
    impl Problems {
        /// The value, or `None` with its problem recorded.
        pub fn take<T>(&mut self, result: Result<T, Problem>) -> Option<T> {
            match result {
                Ok(value) => Some(value),
                Err(problem) => {
                    self.add(problem);
                    None
                }
            }
        }
        pub fn add(&mut self, problem: Problem) {
            match &mut self.0 {
                None => self.0 = Some(problem),
                Some(first) => {
                    first.errors.extend(problem.errors);
                    first.detail = format!("{} invalid parameters", first.errors.len());
                }
            }
        }
        pub fn finish(self) -> Option<Problem> {
            self.0
        }
        /// One parameter's value: `None` when absent (a problem if it is required), when empty and
        /// nullable (a parameter's null), or when invalid (a problem).
        pub fn param<T>(
            &mut self,
            location: &str,
            name: &str,
            raw: Option<&str>,
            presence: Presence,
            parse: impl Fn(&str, &str, &str) -> Result<T, Problem>,
        ) -> Option<T> {
            match raw {
                None => {
                    if presence.required() {
                        self.add(missing_parameter(location, name));
                    }
                    None
                }
                Some("") if presence.nullable() => None,
                Some(raw) => self.take(parse(location, name, raw)),
            }
        }
        /// A list parameter's items (`a=1&a=2`, or `a=1,2` when not exploded), as [`Problems::param`]
        /// reads one value.
        pub fn list<T>(
            &mut self,
            location: &str,
            name: &str,
            raw: Vec<&str>,
            presence: Presence,
            parse: impl Fn(&str, &str, &str) -> Result<T, Problem>,
        ) -> Option<Vec<T>> {
            match raw.as_slice() {
                [] => {
                    if presence.required() {
                        self.add(missing_parameter(location, name));
                    }
                    None
                }
                [""] if presence.nullable() => None,
                _ => {
                    self.take(
                        raw.into_iter().map(|v| parse(location, name, v)).collect(),
                    )
                }
            }
        }
        /// Wraps a parsed list in its checked newtype.
        pub fn checked<L, T>(
            &mut self,
            location: &str,
            name: &str,
            items: Option<Vec<T>>,
        ) -> Option<L>
        where
            L: TryFrom<Vec<T>, Error = ValidationError>,
        {
            let items = items?;
            self.take(
                L::try_from(items)
                    .map_err(|e| bad_parameter(
                        location,
                        name,
                        Some(&e),
                        e.message.clone(),
                    )),
            )
        }
    }
    /// A path parameter's (percent-decoded) text, borrowed from the router's match.
    pub fn path_value<'a>(
        params: &'a ::axum::extract::RawPathParams,
        name: &str,
    ) -> Option<&'a str> {
        params.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
    /// The text of a path parameter that shares its segment with literal text (`{sid}.json`):
    /// `None` when the segment does not have that text around it.
    pub fn path_segment<'a>(
        params: &'a ::axum::extract::RawPathParams,
        name: &str,
        prefix: &str,
        suffix: &str,
    ) -> Option<&'a str> {
        path_value(params, name)?.strip_prefix(prefix)?.strip_suffix(suffix)
    }
    /// A query parameter's first value.
    pub fn query_value<'a>(
        pairs: &'a [(String, String)],
        name: &str,
    ) -> Option<&'a str> {
        pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    /// Every value of a query parameter: repeated (`explode`) or joined by `separator`.
    pub fn query_values<'a>(
        pairs: &'a [(String, String)],
        name: &str,
        explode: bool,
        separator: char,
    ) -> Vec<&'a str> {
        let values = pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str());
        if explode {
            values.collect()
        } else {
            values.take(1).flat_map(|v| v.split(separator)).collect()
        }
    }
    /// The items of a header or path parameter's list, joined by `separator`.
    pub fn split_values(raw: Option<&str>, separator: char) -> Vec<&str> {
        raw.map(|v| v.split(separator).collect()).unwrap_or_default()
    }
    /// A header's value, if present and text.
    pub fn header_text<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
        headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// An API key sent in a header (empty values do not count).
    pub fn header_credential(headers: &HeaderMap, name: &str) -> Option<String> {
        header_text(headers, name).filter(|v| !v.is_empty()).map(str::to_owned)
    }
    /// The parameters of the matched path, percent-decoded (shared with the router, not copied).
    pub async fn path_params(
        parts: &mut ::axum::http::request::Parts,
    ) -> Result<::axum::extract::RawPathParams, Response> {
        use ::axum::extract::FromRequestParts as _;
        match ::axum::extract::RawPathParams::from_request_parts(parts, &()).await {
            Ok(params) => Ok(params),
            Err(rejection) => {
                Err(
                    Problem::new(StatusCode::BAD_REQUEST, "invalid path parameter")
                        .with("path", "", None, rejection.body_text())
                        .into_response(),
                )
            }
        }
    }
    /// A 500 for a state the router never reaches (a required value missing without a problem).
    pub fn internal_error() -> Response {
        Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the router lost a validated value",
            )
            .into_response()
    }
    /// Deserializes an `application/x-www-form-urlencoded` body (422 when it does not fit the schema).
    pub async fn parse_form<T: ::serde::de::DeserializeOwned>(
        bytes: ::axum::body::Bytes,
    ) -> Result<T, Problem> {
        use ::axum::extract::FromRequest as _;
        let request = ::axum::http::Request::builder()
            .method(::axum::http::Method::POST)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(::axum::body::Body::from(bytes))
            .map_err(|e| Problem::new(StatusCode::BAD_REQUEST, e.to_string()))?;
        ::axum::Form::<T>::from_request(request, &())
            .await
            .map(|form| form.0)
            .map_err(|rejection| {
                Problem::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "the request body does not match the schema",
                    )
                    .with("body", "", None, rejection.body_text())
            })
    }
    /// The 400 for a required parameter that is absent.
    pub fn missing_parameter(location: &str, name: &str) -> Problem {
        bad_parameter(
            location,
            name,
            None,
            format!("the {location} parameter `{name}` is required"),
        )
    }
    /// The query string's pairs, percent-decoded.
    pub fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, Problem> {
        let mut out = Vec::new();
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match (percent_decode(k), percent_decode(v)) {
                (Some(k), Some(v)) => out.push((k, v)),
                _ => {
                    return Err(
                        Problem::new(
                            StatusCode::BAD_REQUEST,
                            "the query string is not valid percent-encoded UTF-8",
                        ),
                    );
                }
            }
        }
        Ok(out)
    }
    /// `application/x-www-form-urlencoded` decoding of one component (`+` is a space).
    pub fn percent_decode(s: &str) -> Option<String> {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    let hex = s.get(i + 1..i + 3)?;
                    out.push(u8::from_str_radix(hex, 16).ok()?);
                    i += 2;
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8(out).ok()
    }
    /// Whether the request says its body is of `expected` media type, given in lowercase (`application/json`
    /// also accepts `+json` types; parameters such as `charset` are ignored). Compared without regard
    /// to ASCII case, in place: no lowercase copy per request.
    pub fn content_type_is(headers: &HeaderMap, expected: &str) -> bool {
        let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok())
        else { return false };
        let media = value.split(';').next().unwrap_or("").trim().as_bytes();
        let (prefix, suffix) = (b"application/".as_slice(), b"+json".as_slice());
        media.eq_ignore_ascii_case(expected.as_bytes())
            || (expected == "application/json"
                && media.len() >= prefix.len() + suffix.len()
                && media[..prefix.len()].eq_ignore_ascii_case(prefix)
                && media[media.len() - suffix.len()..].eq_ignore_ascii_case(suffix))
    }
    /// Reads the body, refusing more than [`MAX_BODY_BYTES`] (413).
    pub async fn read_body(
        body: ::axum::body::Body,
    ) -> Result<::axum::body::Bytes, Problem> {
        ::axum::body::to_bytes(body, MAX_BODY_BYTES)
            .await
            .map_err(|_| {
                Problem::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!("the request body is larger than {MAX_BODY_BYTES} bytes"),
                )
            })
    }
    /// Deserializes a JSON body: 400 when it is not JSON, 422 (with the JSON pointer) when it does not
    /// fit the schema.
    pub fn parse_json<T: ::serde::de::DeserializeOwned>(
        bytes: &[u8],
    ) -> Result<T, Problem> {
        match ::serde_json::from_slice(bytes) {
            Ok(value) => Ok(value),
            Err(e) if e.is_syntax() || e.is_eof() => {
                Err(
                    Problem::new(
                        StatusCode::BAD_REQUEST,
                        format!("the request body is not valid JSON: {e}"),
                    ),
                )
            }
            Err(e) => {
                let mut de = ::serde_json::Deserializer::from_slice(bytes);
                let (pointer, message) = match ::serde_path_to_error::deserialize::<
                    _,
                    T,
                >(&mut de) {
                    Err(located) => {
                        (pointer(located.path()), located.into_inner().to_string())
                    }
                    Ok(_) => (String::new(), e.to_string()),
                };
                let message = message
                    .split(" at line ")
                    .next()
                    .unwrap_or(&message)
                    .to_owned();
                Err(
                    Problem::new(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            "the request body does not match the schema",
                        )
                        .with("body", &pointer, None, message),
                )
            }
        }
    }
    /// A serde path as a JSON pointer (`/items/0/name`).
    pub fn pointer(path: &::serde_path_to_error::Path) -> String {
        use ::serde_path_to_error::Segment;
        let mut out = String::new();
        for segment in path.iter() {
            match segment {
                Segment::Seq { index } => out.push_str(&format!("/{index}")),
                Segment::Map { key } => {
                    out.push_str(
                        &format!("/{}", key.replace('~', "~0").replace('/', "~1")),
                    )
                }
                Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
                Segment::Unknown => out.push_str("/?"),
            }
        }
        out
    }
    /// The credential of a bearer scheme (`Authorization: Bearer <token>`).
    pub fn bearer(headers: &HeaderMap) -> Option<String> {
        let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (scheme, token) = value.split_once(' ')?;
        (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty())
            .then(|| token.trim().to_owned())
    }
    /// The credential of a basic scheme (`Authorization: Basic <base64>`), still encoded.
    pub fn basic(headers: &HeaderMap) -> Option<String> {
        let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (scheme, token) = value.split_once(' ')?;
        (scheme.eq_ignore_ascii_case("basic") && is_base64(token.trim()))
            .then(|| token.trim().to_owned())
    }
    /// A cookie's value from the `Cookie` header.
    pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|pair| {
                let (k, v) = pair.trim().split_once('=')?;
                (k == name).then(|| v.to_owned())
            })
    }
    /// The 401 for a request without the credentials an operation needs; `challenge` names the
    /// scheme in `WWW-Authenticate`.
    pub fn unauthorized(schemes: &str, challenge: &'static str) -> Response {
        let mut response = Problem::new(
                StatusCode::UNAUTHORIZED,
                format!("this operation needs credentials: {schemes}"),
            )
            .into_response();
        response
            .headers_mut()
            .insert(
                header::WWW_AUTHENTICATE,
                ::axum::http::HeaderValue::from_static(challenge),
            );
        response
    }
    /// The 404 for a path no operation matches.
    pub async fn not_found(uri: ::axum::http::Uri) -> Response {
        no_operation(&uri)
    }
    /// The 404 of a path no operation serves.
    pub fn no_operation(uri: &::axum::http::Uri) -> Response {
        Problem::new(StatusCode::NOT_FOUND, format!("no operation at `{}`", uri.path()))
            .into_response()
    }
    /// The 405 for a path that exists, with a method it does not have.
    pub async fn method_not_allowed(
        method: ::axum::http::Method,
        uri: ::axum::http::Uri,
    ) -> Response {
        Problem::new(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("`{}` does not allow {method}", uri.path()),
            )
            .into_response()
    }
    /// Why a client call did not give one of the documented responses.
    #[derive(Debug)]
    pub enum ClientError {
        /// The request could not be sent or the response not read.
        Transport(::reqwest::Error),
        /// The request body could not be encoded.
        Encode(::serde_json::Error),
        /// The server answered with a status the spec does not document for this operation.
        UnexpectedStatus { status: u16, body: String },
        /// The response body does not match the documented schema.
        Body { status: u16, message: String },
        /// A documented response header is missing or invalid.
        Header { name: String, message: String },
    }
    impl ::std::fmt::Display for ClientError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Transport(e) => write!(f, "request failed: {e}"),
                Self::Encode(e) => write!(f, "request body could not be encoded: {e}"),
                Self::UnexpectedStatus { status, body } => {
                    write!(f, "undocumented status {status}: {}", excerpt(body))
                }
                Self::Body { status, message } => {
                    write!(
                        f,
                        "the {status} response body does not match the spec: {message}"
                    )
                }
                Self::Header { name, message } => {
                    write!(f, "response header `{name}`: {message}")
                }
            }
        }
    }
    impl ::std::error::Error for ClientError {}
    /// Percent-encodes everything but RFC 3986's unreserved characters.
    pub fn encode_component(value: &dyn ::std::fmt::Display) -> String {
        let value = value.to_string();
        let mut out = String::with_capacity(value.len());
        for b in value.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    }
    /// The query string of a request being built.
    #[derive(Debug, Default)]
    pub struct Query(Vec<(&'static str, String)>);
    impl Query {
        pub fn push(&mut self, name: &'static str, value: String) {
            self.0.push((name, value));
        }
        /// `?a=1&b=2`, or nothing for no pairs.
        pub fn encode(&self) -> String {
            if self.0.is_empty() {
                return String::new();
            }
            format!("?{}", encode_pairs(self.0.iter().map(| (k, v) | (* k, v.as_str()))))
        }
    }
    /// `a=1&b=2`, each name and value percent-encoded.
    pub fn encode_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
        let joined: Vec<String> = pairs
            .map(|(k, v)| format!("{}={}", encode_component(& k), encode_component(& v)))
            .collect();
        joined.join("&")
    }
    /// A parameter's value as JSON text, with a string written as itself (a union's string branch
    /// is not quoted).
    pub fn json_text<T: ::serde::Serialize>(value: &T) -> String {
        match ::serde_json::to_value(value) {
            Ok(::serde_json::Value::String(text)) => text,
            Ok(other) => other.to_string(),
            Err(_) => String::new(),
        }
    }
    /// An `application/x-www-form-urlencoded` body from a flat object (lists repeat their key).
    pub fn form_body<T: ::serde::Serialize>(
        body: &T,
    ) -> Result<String, ::serde_json::Error> {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let value = ::serde_json::to_value(body)?;
        let text = |v: &::serde_json::Value| match v {
            ::serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if let ::serde_json::Value::Object(map) = &value {
            for (k, v) in map {
                match v {
                    ::serde_json::Value::Null => {}
                    ::serde_json::Value::Array(items) => {
                        pairs.extend(items.iter().map(|i| (k.as_str(), text(i))))
                    }
                    other => pairs.push((k.as_str(), text(other))),
                }
            }
        }
        Ok(encode_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))))
    }
    /// A JSON response body as its documented type.
    pub fn decode_json<T: ::serde::de::DeserializeOwned>(
        status: u16,
        bytes: &[u8],
    ) -> Result<T, ClientError> {
        let mut de = ::serde_json::Deserializer::from_slice(bytes);
        ::serde_path_to_error::deserialize(&mut de)
            .map_err(|e| {
                let at = e.path().to_string();
                ClientError::Body {
                    status,
                    message: format!("at `{at}`: {}", e.into_inner()),
                }
            })
    }
    fn response_header_text<'h>(
        headers: &'h ::reqwest::header::HeaderMap,
        name: &str,
    ) -> Result<Option<&'h str>, ClientError> {
        match headers.get(name) {
            None => Ok(None),
            Some(v) => {
                v.to_str()
                    .map(Some)
                    .map_err(|_| ClientError::Header {
                        name: name.to_owned(),
                        message: "not visible ASCII".to_owned(),
                    })
            }
        }
    }
    /// A response header by `FromStr`.
    pub fn header<T>(
        headers: &::reqwest::header::HeaderMap,
        name: &str,
    ) -> Result<Option<T>, ClientError>
    where
        T: ::std::str::FromStr,
        T::Err: ::std::fmt::Display,
    {
        match response_header_text(headers, name)? {
            None => Ok(None),
            Some(text) => {
                text.trim()
                    .parse()
                    .map(Some)
                    .map_err(|e| ClientError::Header {
                        name: name.to_owned(),
                        message: format!("{e}"),
                    })
            }
        }
    }
    /// A comma-separated response header.
    pub fn header_list<T>(
        headers: &::reqwest::header::HeaderMap,
        name: &str,
    ) -> Result<Option<Vec<T>>, ClientError>
    where
        T: ::std::str::FromStr,
        T::Err: ::std::fmt::Display,
    {
        match response_header_text(headers, name)? {
            None => Ok(None),
            Some(text) => {
                text.split(',')
                    .map(|item| {
                        item
                            .trim()
                            .parse()
                            .map_err(|e| ClientError::Header {
                                name: name.to_owned(),
                                message: format!("{e}"),
                            })
                    })
                    .collect::<Result<Vec<T>, _>>()
                    .map(Some)
            }
        }
    }
    /// A response header holding JSON text.
    pub fn header_json<T: ::serde::de::DeserializeOwned>(
        headers: &::reqwest::header::HeaderMap,
        name: &str,
    ) -> Result<Option<T>, ClientError> {
        match response_header_text(headers, name)? {
            None => Ok(None),
            Some(text) => {
                ::serde_json::from_str(text)
                    .map(Some)
                    .map_err(|e| ClientError::Header {
                        name: name.to_owned(),
                        message: e.to_string(),
                    })
            }
        }
    }
    /// A header the spec marks required.
    pub fn required_header<T>(value: Option<T>, name: &str) -> Result<T, ClientError> {
        value
            .ok_or_else(|| ClientError::Header {
                name: name.to_owned(),
                message: "missing".to_owned(),
            })
    }
}
