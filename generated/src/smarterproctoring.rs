::specgen_rt::runtime!(pub rt, "0.1", server, client);
/// Update course offering payload (the seed page's request body, `application/json`).
///
/// Not on the seed page; from RELATED-FACTS: the update replaces the whole configuration, so both
/// required fields must always be sent, and creating an offering (`POST`) takes the same body.
///
/// Example: `{"title":"Fall 2024","matchStrings":"Fall 2024,FA24","startDate":"1970-01-01T00:00:00.000Z","endDate":"1970-01-01T00:00:00.000Z"}`
#[derive(Clone, Debug, PartialEq)]
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
    pub match_strings: String,
    /// Start Date
    ///
    /// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
    /// milliseconds and a trailing `Z`.
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub start_date: Option<Option<UpdateCourseOfferingRequestStartDate>>,
    /// End Date
    ///
    /// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
    /// milliseconds and a trailing `Z`.
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub end_date: Option<Option<UpdateCourseOfferingRequestEndDate>>,
}
rt::object!(
    UpdateCourseOfferingRequest { req::title("title"),
    req::match_strings("matchStrings"), opt::start_date("startDate"),
    opt::end_date("endDate") }
);
impl UpdateCourseOfferingRequest {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(title: String, match_strings: String) -> Self {
        Self {
            title,
            match_strings,
            start_date: None,
            end_date: None,
        }
    }
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
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CourseOffering {
    /// Course offering SID
    ///
    /// Not on the seed page; from RELATED-FACTS: SIDs are a two-letter type prefix plus 32
    /// lowercase hex digits, `CO` for course offerings (as the `offeringSid` path parameter's
    /// pattern on the page). No pattern is set here because the page's response gives none.
    ///
    /// Example: `"CO1234567890abcdef1234567890abcdef"`
    pub sid: Option<Option<String>>,
    /// Last activity date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub last_activity_date: Option<Option<String>>,
    /// Offering title
    ///
    /// Example: `"Fall 2024"`
    pub title: Option<Option<String>>,
    /// Match strings for auto-matching
    ///
    /// Returned as an array of strings (`string[] | null` on the seed page), whereas the request
    /// body sends `matchStrings` as one comma-separated string.
    ///
    /// Example: `["Fall 2024","FA24"]`
    pub match_strings: Option<Option<Vec<String>>>,
    /// Start date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub start_date: Option<Option<String>>,
    /// End date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub end_date: Option<Option<String>>,
    /// Created date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub created_date: Option<Option<String>>,
    /// Last modified date
    ///
    /// Example: `"1970-01-01T00:00:00.000Z"`
    pub edit_date: Option<Option<String>>,
}
rt::object!(
    CourseOffering { opt::sid("sid"), opt::last_activity_date("lastActivityDate"),
    opt::title("title"), opt::match_strings("matchStrings"),
    opt::start_date("startDate"), opt::end_date("endDate"),
    opt::created_date("createdDate"), opt::edit_date("editDate") }
);
/// Not on the seed page, and not documented by the vendor for course offerings: RELATED-FACTS
/// says the course-offering list's own shape is not documented, and that lists elsewhere in
/// the API return this envelope, `{total, count, offset, first, next, prev, last, results}`,
/// where `first`, `next`, `prev` and `last` are page URLs or null. This spec documents that
/// envelope for the course-offering list, with the seed page's response schema
/// (`CourseOffering`) for each item. Which members may be absent is not documented; all are
/// marked required here, as the demo server always sends them.
///
/// Example: `{"total":1,"count":1,"offset":0,"first":"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10","next":null,"prev":null,"last":"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10","results":[{"sid":"CO1234567890abcdef1234567890abcdef","lastActivityDate":"1970-01-01T00:00:00.000Z","title":"Fall 2024","matchStrings":["Fall 2024","FA24"],"startDate":"1970-01-01T00:00:00.000Z","endDate":"1970-01-01T00:00:00.000Z","createdDate":"1970-01-01T00:00:00.000Z","editDate":"1970-01-01T00:00:00.000Z"}]}`
#[derive(Clone, Debug, PartialEq)]
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
    pub first: Option<String>,
    /// The URL of the next page, or null when this page is the last.
    pub next: Option<String>,
    /// The URL of the previous page, or null when this page is the first.
    pub prev: Option<String>,
    /// The URL of the last page, or null.
    ///
    /// Example: `"/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10"`
    pub last: Option<String>,
    /// The course offerings of this page, each as the seed page's update response.
    pub results: Vec<CourseOffering>,
}
rt::object!(
    CourseOfferingList { req::total("total"), req::count("count"), req::offset("offset"),
    req::first("first"), req::next("next"), req::prev("prev"), req::last("last"),
    req::results("results") }
);
impl CourseOfferingList {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        total: i32,
        count: i32,
        offset: i32,
        first: Option<String>,
        next: Option<String>,
        prev: Option<String>,
        last: Option<String>,
        results: Vec<CourseOffering>,
    ) -> Self {
        Self {
            total,
            count,
            offset,
            first,
            next,
            prev,
            last,
            results,
        }
    }
}
/// Not on the seed page; from RELATED-FACTS: the vendor's newer documentation pages show error
/// bodies shaped `{code, message, status}`, and the integration guide names the error codes
/// `AUTHENTICATIONFAILED` (403), `INVALIDINPUT` (400) and `RESOURCENOTFOUND` (404). No error body
/// is documented for course offerings specifically, so no property is marked required.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Error {
    /// Machine-readable error code, e.g. `INVALIDINPUT`, `AUTHENTICATIONFAILED`, `RESOURCENOTFOUND` (codes named in the vendor's integration guide, per RELATED-FACTS). Not an enum: the full list of codes is not documented.
    ///
    /// Example: `"RESOURCENOTFOUND"`
    pub code: Option<String>,
    /// Human-readable error message. Its wording is not documented.
    ///
    /// Example: `"Resource not found."`
    pub message: Option<String>,
    /// The HTTP status code of the response, repeated in the body.
    ///
    /// Example: `404`
    pub status: Option<i64>,
}
rt::object!(Error { opt::code("code"), opt::message("message"), opt::status("status") });
/// Not on the seed page and not from the vendor: the error body that a specgen-generated server
/// (the axum router `specgen generate` writes from this spec) sends by itself, before the
/// service code runs, as `application/problem+json` (RFC 9457). It is documented here so that
/// every response such a server can send is described (checked with schemathesis against the
/// demo server, `cargo run -p generated --example smarterproctoring_server`); the vendor's own
/// server sends the `Error` body instead.
///
/// Example: `{"type":"about:blank","title":"Bad Request","status":400,"detail":"invalid path parameter `installSid`","errors":[{"in":"path","name":"installSid","constraint":"pattern","message":"\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"}]}`
#[derive(Clone, Debug, PartialEq)]
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
    pub errors: Option<ProblemErrors>,
}
rt::object!(
    Problem, deny "expected one of `type`, `title`, `status`, `detail`, `errors`" {
    req::r#type("type"), req::title("title"), req::status("status"),
    req::detail("detail"), opt::errors("errors") }
);
impl Problem {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(r#type: String, title: String, status: i64, detail: String) -> Self {
        Self {
            r#type,
            title,
            status,
            detail,
            errors: None,
        }
    }
}
/// Not on the seed page and not from the vendor: one invalid input in a `Problem` (see there).
#[derive(Clone, Debug, PartialEq)]
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
    pub constraint: Option<String>,
    /// What is wrong with the input.
    ///
    /// Example: `"\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"`
    pub message: String,
}
rt::object!(
    ProblemItem, deny "expected one of `in`, `name`, `constraint`, `message`" {
    req::r#in("in"), req::name("name"), opt::constraint("constraint"),
    req::message("message") }
);
impl ProblemItem {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(r#in: ProblemItemIn, name: String, message: String) -> Self {
        Self {
            r#in,
            name,
            message,
            constraint: None,
        }
    }
}
/// Start Date
///
/// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
/// milliseconds and a trailing `Z`.
///
/// Example: `"1970-01-01T00:00:00.000Z"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UpdateCourseOfferingRequestStartDate(String);
rt::checked_string!(UpdateCourseOfferingRequestStartDate);
impl UpdateCourseOfferingRequestStartDate {
    /// Checks a value against this type's constraints: contains a match of `.*Z`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        static PATTERN: rt::Pattern = rt::Pattern::test(
            ".*Z",
            |value| value.contains('Z'),
        );
        rt::check::pattern(value, &PATTERN)?;
        Ok(())
    }
}
/// End Date
///
/// The seed page types it `string | null` with pattern `.*Z`. Its example uses UTC with
/// milliseconds and a trailing `Z`.
///
/// Example: `"1970-01-01T00:00:00.000Z"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UpdateCourseOfferingRequestEndDate(String);
rt::checked_string!(UpdateCourseOfferingRequestEndDate);
impl UpdateCourseOfferingRequestEndDate {
    /// Checks a value against this type's constraints: contains a match of `.*Z`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        static PATTERN: rt::Pattern = rt::Pattern::test(
            ".*Z",
            |value| value.contains('Z'),
        );
        rt::check::pattern(value, &PATTERN)?;
        Ok(())
    }
}
/// One entry per invalid input; absent when the problem is not about one input.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemErrors(Vec<ProblemItem>);
rt::checked_list!(ProblemErrors, ProblemItem);
impl ProblemErrors {
    /// Checks a value against this type's constraints: at least 1 items.
    pub fn check(value: &[ProblemItem]) -> Result<(), rt::ValidationError> {
        rt::check::min_items(value, 1)?;
        Ok(())
    }
}
/// Where the input is.
///
/// Example: `"path"`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::enum_variant_names)]
pub enum ProblemItemIn {
    Path,
    Query,
    Header,
    Body,
}
rt::string_enum!(ProblemItemIn);
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
/// Unique SID of the application install. Pattern: AI + 32 hex chars.
///
/// Example: `"AI1234567890abcdef1234567890abcdef"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstallSid(String);
rt::checked_string!(InstallSid);
impl InstallSid {
    /// Checks a value against this type's constraints: contains a match of `^AI[a-f0-9]{32}$`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        static PATTERN: rt::Pattern = rt::Pattern::test(
            "^AI[a-f0-9]{32}$",
            |value| {
                let b = value.as_bytes();
                b.len() == 34 && b.get(0..2) == Some(b"AI".as_slice())
                    && b
                        .get(2..34)
                        .is_some_and(|s| {
                            s.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                        })
            },
        );
        rt::check::pattern(value, &PATTERN)?;
        Ok(())
    }
}
/// Not on the seed page; from RELATED-FACTS: the list's `offset`, an integer >= 0: how many
/// offerings to skip before the page starts. Its default is not documented; the demo server
/// starts at the first offering.
///
/// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
///
/// Example: `0`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Offset(i32);
rt::checked_number!(Offset, i32);
impl Offset {
    /// Checks a value against this type's constraints: >= 0.
    pub fn check(value: &i32) -> Result<(), rt::ValidationError> {
        let value = *value;
        rt::check::minimum(value, 0)?;
        Ok(())
    }
}
/// Not on the seed page; from RELATED-FACTS: the list's `limit`, an integer >= 0: at most how
/// many offerings the page holds. Its default and maximum are not documented; without it the
/// demo server returns every offering from `offset` on.
///
/// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
///
/// Example: `10`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Limit(i32);
rt::checked_number!(Limit, i32);
impl Limit {
    /// Checks a value against this type's constraints: >= 0.
    pub fn check(value: &i32) -> Result<(), rt::ValidationError> {
        let value = *value;
        rt::check::minimum(value, 0)?;
        Ok(())
    }
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::enum_variant_names)]
pub enum SortKeysItem {
    Sid,
    LastActivityDate,
    Title,
    StartDate,
    EndDate,
    CreatedDate,
    EditDate,
}
rt::string_enum!(SortKeysItem);
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
/// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortKeys`; whether
/// the course-offering list does, and which keys it accepts, is not documented. This spec
/// takes the properties of the seed page's response that hold one string, comma separated:
/// the first key orders the page, later keys break ties (values compared as text, offerings
/// without the value first).
///
/// Example: `["title"]`
#[derive(Clone, Debug, PartialEq)]
pub struct SortKeys(Vec<SortKeysItem>);
rt::checked_list!(SortKeys, SortKeysItem);
impl SortKeys {
    /// Checks a value against this type's constraints: at least 1 items.
    pub fn check(value: &[SortKeysItem]) -> Result<(), rt::ValidationError> {
        rt::check::min_items(value, 1)?;
        Ok(())
    }
}
/// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortOrder`, `ASC` or
/// `DESC`, beside `sortKeys`; whether the course-offering list does is not documented. The
/// default is not documented; the demo server sorts `ASC`, and without `sortKeys` lists the
/// offerings in the order they were created (`DESC`: the newest first).
///
/// Example: `"ASC"`
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::enum_variant_names)]
pub enum SortOrder {
    Asc,
    Desc,
}
rt::string_enum!(SortOrder);
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
/// The path parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct ListCourseOfferingsPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    pub install_sid: InstallSid,
}
rt::object!(ListCourseOfferingsPath { req::install_sid("installSid") });
impl ListCourseOfferingsPath {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(install_sid: InstallSid) -> Self {
        Self { install_sid }
    }
}
/// The query parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListCourseOfferingsQuery {
    /// Not on the seed page; from RELATED-FACTS: the list's `offset`, an integer >= 0: how many
    /// offerings to skip before the page starts. Its default is not documented; the demo server
    /// starts at the first offering.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    pub offset: Option<Offset>,
    /// Not on the seed page; from RELATED-FACTS: the list's `limit`, an integer >= 0: at most how
    /// many offerings the page holds. Its default and maximum are not documented; without it the
    /// demo server returns every offering from `offset` on.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    pub limit: Option<Limit>,
    /// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortKeys`; whether
    /// the course-offering list does, and which keys it accepts, is not documented. This spec
    /// takes the properties of the seed page's response that hold one string, comma separated:
    /// the first key orders the page, later keys break ties (values compared as text, offerings
    /// without the value first).
    pub sort_keys: Option<SortKeys>,
    /// Not on the seed page; from RELATED-FACTS: the vendor's other lists take `sortOrder`, `ASC` or
    /// `DESC`, beside `sortKeys`; whether the course-offering list does is not documented. The
    /// default is not documented; the demo server sorts `ASC`, and without `sortKeys` lists the
    /// offerings in the order they were created (`DESC`: the newest first).
    pub sort_order: Option<SortOrder>,
}
rt::object!(
    ListCourseOfferingsQuery { opt::offset("offset"), opt::limit("limit"),
    opt::sort_keys("sortKeys"), opt::sort_order("sortOrder") }
);
/// The headers this response documents.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListCourseOfferingsUnauthorizedHeaders {
    /// Not from the vendor: the challenge HTTP requires on a 401 (RFC 9110). A specgen-generated
    /// server sends `ApiKey name="token"`; whether the vendor's server sends one is not documented,
    /// so it is not marked required.
    ///
    /// Example: `"ApiKey name=\"token\""`
    pub www_authenticate: Option<String>,
}
rt::object!(
    ListCourseOfferingsUnauthorizedHeaders { opt::www_authenticate("WWW-Authenticate") }
);
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
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    pub install_sid: InstallSid,
}
rt::object!(CreateCourseOfferingPath { req::install_sid("installSid") });
impl CreateCourseOfferingPath {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(install_sid: InstallSid) -> Self {
        Self { install_sid }
    }
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
    /// 507: Not on the seed page and not from the vendor: what the demo server
    /// (`generated/examples/smarterproctoring_server.rs`) answers when its in-memory store is full,
    /// as an `application/problem+json` body (`Problem`): it holds at most 10,000 course offerings
    /// and 64 MiB of their text, so that creates and updates cannot grow it without bound. Nothing
    /// is stored; once offerings are deleted the same request succeeds. The vendor's limits are not
    /// documented.
    InsufficientStorage(Problem),
}
/// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
///
/// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
/// delete take the same parameter.)
///
/// Example: `"CO1234567890abcdef1234567890abcdef"`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OfferingSid(String);
rt::checked_string!(OfferingSid);
impl OfferingSid {
    /// Checks a value against this type's constraints: contains a match of `^CO[a-f0-9]{32}$`.
    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        static PATTERN: rt::Pattern = rt::Pattern::test(
            "^CO[a-f0-9]{32}$",
            |value| {
                let b = value.as_bytes();
                b.len() == 34 && b.get(0..2) == Some(b"CO".as_slice())
                    && b
                        .get(2..34)
                        .is_some_and(|s| {
                            s.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                        })
            },
        );
        rt::check::pattern(value, &PATTERN)?;
        Ok(())
    }
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct GetCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    pub offering_sid: OfferingSid,
}
rt::object!(
    GetCourseOfferingPath { req::install_sid("installSid"),
    req::offering_sid("offeringSid") }
);
impl GetCourseOfferingPath {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(install_sid: InstallSid, offering_sid: OfferingSid) -> Self {
        Self { install_sid, offering_sid }
    }
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
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    pub offering_sid: OfferingSid,
}
rt::object!(
    UpdateCourseOfferingPath { req::install_sid("installSid"),
    req::offering_sid("offeringSid") }
);
impl UpdateCourseOfferingPath {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(install_sid: InstallSid, offering_sid: OfferingSid) -> Self {
        Self { install_sid, offering_sid }
    }
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
    /// 507: Not on the seed page and not from the vendor: what the demo server
    /// (`generated/examples/smarterproctoring_server.rs`) answers when its in-memory store is full,
    /// as an `application/problem+json` body (`Problem`): it holds at most 10,000 course offerings
    /// and 64 MiB of their text, so that creates and updates cannot grow it without bound. Nothing
    /// is stored; once offerings are deleted the same request succeeds. The vendor's limits are not
    /// documented.
    InsufficientStorage(Problem),
}
/// The path parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteCourseOfferingPath {
    /// Unique SID of the application install. Pattern: AI + 32 hex chars.
    pub install_sid: InstallSid,
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// (The seed page's words, for the update. Not on the seed page; from RELATED-FACTS: get and
    /// delete take the same parameter.)
    pub offering_sid: OfferingSid,
}
rt::object!(
    DeleteCourseOfferingPath { req::install_sid("installSid"),
    req::offering_sid("offeringSid") }
);
impl DeleteCourseOfferingPath {
    /// A value with the required properties; the optional ones start absent (`None`), or at their
    /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
    /// to make up the required values.)
    pub fn new(install_sid: InstallSid, offering_sid: OfferingSid) -> Self {
        Self { install_sid, offering_sid }
    }
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
impl rt::axum::response::IntoResponse for ListCourseOfferingsResponse {
    fn into_response(self) -> rt::axum::response::Response {
        match self {
            Self::Ok(body) => rt::json(200, "application/json", &body),
            Self::BadRequest(body) => rt::json(400, "application/json", &body),
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(401, "application/json", &body);
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => rt::json(403, "application/json", &body),
            Self::NotFound(body) => rt::json(404, "application/json", &body),
            Self::MethodNotAllowed(body) => {
                rt::json(405, "application/problem+json", &body)
            }
        }
    }
}
impl rt::axum::response::IntoResponse for CreateCourseOfferingResponse {
    fn into_response(self) -> rt::axum::response::Response {
        match self {
            Self::Created(body) => rt::json(201, "application/json", &body),
            Self::BadRequest(body) => rt::json(400, "application/json", &body),
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(401, "application/json", &body);
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => rt::json(403, "application/json", &body),
            Self::NotFound(body) => rt::json(404, "application/json", &body),
            Self::MethodNotAllowed(body) => {
                rt::json(405, "application/problem+json", &body)
            }
            Self::PayloadTooLarge(body) => {
                rt::json(413, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType(body) => {
                rt::json(415, "application/problem+json", &body)
            }
            Self::UnprocessableEntity(body) => {
                rt::json(422, "application/problem+json", &body)
            }
            Self::InsufficientStorage(body) => {
                rt::json(507, "application/problem+json", &body)
            }
        }
    }
}
impl rt::axum::response::IntoResponse for GetCourseOfferingResponse {
    fn into_response(self) -> rt::axum::response::Response {
        match self {
            Self::Ok(body) => rt::json(200, "application/json", &body),
            Self::BadRequest(body) => rt::json(400, "application/json", &body),
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(401, "application/json", &body);
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => rt::json(403, "application/json", &body),
            Self::NotFound(body) => rt::json(404, "application/json", &body),
            Self::MethodNotAllowed(body) => {
                rt::json(405, "application/problem+json", &body)
            }
        }
    }
}
impl rt::axum::response::IntoResponse for UpdateCourseOfferingResponse {
    fn into_response(self) -> rt::axum::response::Response {
        match self {
            Self::Ok(body) => rt::json(200, "application/json", &body),
            Self::BadRequest(body) => rt::json(400, "application/json", &body),
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(401, "application/json", &body);
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => rt::json(403, "application/json", &body),
            Self::NotFound(body) => rt::json(404, "application/json", &body),
            Self::MethodNotAllowed(body) => {
                rt::json(405, "application/problem+json", &body)
            }
            Self::PayloadTooLarge(body) => {
                rt::json(413, "application/problem+json", &body)
            }
            Self::UnsupportedMediaType(body) => {
                rt::json(415, "application/problem+json", &body)
            }
            Self::UnprocessableEntity(body) => {
                rt::json(422, "application/problem+json", &body)
            }
            Self::InsufficientStorage(body) => {
                rt::json(507, "application/problem+json", &body)
            }
        }
    }
}
impl rt::axum::response::IntoResponse for DeleteCourseOfferingResponse {
    fn into_response(self) -> rt::axum::response::Response {
        match self {
            Self::NoContent => rt::empty(204),
            Self::BadRequest(body) => rt::json(400, "application/json", &body),
            Self::Unauthorized { body, headers } => {
                let mut response = rt::json(401, "application/json", &body);
                headers.insert_into(response.headers_mut());
                response
            }
            Self::Forbidden(body) => rt::json(403, "application/json", &body),
            Self::NotFound(body) => rt::json(404, "application/json", &body),
            Self::MethodNotAllowed(body) => {
                rt::json(405, "application/problem+json", &body)
            }
        }
    }
}
impl ListCourseOfferingsUnauthorizedHeaders {
    /// Adds every header that has a value to a response's headers.
    pub fn insert_into(&self, headers: &mut rt::axum::http::HeaderMap) {
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
pub fn router<A: SmarterProctoringApi>(api: ::std::sync::Arc<A>) -> rt::axum::Router {
    rt::axum::Router::new()
        .route(
            "/v1/installs/{installSid}/courseOfferings",
            rt::axum::routing::get(handlers::list_course_offerings::<A>)
                .post(handlers::create_course_offering::<A>),
        )
        .route(
            "/v1/installs/{installSid}/courseOfferings/{offeringSid}",
            rt::axum::routing::get(handlers::get_course_offering::<A>)
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
    use super::rt::axum::response::IntoResponse as _;
    pub(super) async fn list_course_offerings<A: SmarterProctoringApi>(
        rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
        request: rt::axum::extract::Request,
    ) -> rt::axum::response::Response {
        let (mut parts, _) = request.into_parts();
        let path_params = match rt::path_params(&mut parts).await {
            Ok(params) => params,
            Err(response) => return response,
        };
        let query_raw = match rt::query_raw(parts.uri.query()) {
            Ok(pairs) => pairs,
            Err(problem) => return problem.into_response(),
        };
        let Some(auth) = rt::header_credential(&parts.headers, "token").map(Token) else {
            return rt::unauthorized("the `token` header", "ApiKey name=\"token\"");
        };
        let mut problems = rt::Problems::default();
        let install_sid = problems
            .styled(
                "path",
                "installSid",
                rt::path_wire(
                    rt::path_value(&path_params, "installSid"),
                    "installSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<InstallSid>,
            );
        let offset = problems
            .styled(
                "query",
                "offset",
                rt::param::read_query(
                    &query_raw,
                    "offset",
                    rt::Style::Form,
                    true,
                    rt::Shape::Scalar,
                    &[],
                ),
                rt::Presence::Optional,
                rt::scalar::<Offset>,
            );
        let limit = problems
            .styled(
                "query",
                "limit",
                rt::param::read_query(
                    &query_raw,
                    "limit",
                    rt::Style::Form,
                    true,
                    rt::Shape::Scalar,
                    &[],
                ),
                rt::Presence::Optional,
                rt::scalar::<Limit>,
            );
        let sort_keys = problems
            .styled(
                "query",
                "sortKeys",
                rt::param::read_query(
                    &query_raw,
                    "sortKeys",
                    rt::Style::Form,
                    false,
                    rt::Shape::List,
                    &[],
                ),
                rt::Presence::Optional,
                |l, n, w| rt::checked_list::<
                    SortKeys,
                    _,
                >(l, n, w, rt::parse_param::<SortKeysItem>),
            );
        let sort_order = problems
            .styled(
                "query",
                "sortOrder",
                rt::param::read_query(
                    &query_raw,
                    "sortOrder",
                    rt::Style::Form,
                    true,
                    rt::Shape::Scalar,
                    &[],
                ),
                rt::Presence::Optional,
                rt::scalar::<SortOrder>,
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
        ::std::mem::drop(query_raw);
        <A as SmarterProctoringApi>::list_course_offerings(&api, auth, path, query)
            .await
            .into_response()
    }
    pub(super) async fn create_course_offering<A: SmarterProctoringApi>(
        rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
        request: rt::axum::extract::Request,
    ) -> rt::axum::response::Response {
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
            .styled(
                "path",
                "installSid",
                rt::path_wire(
                    rt::path_value(&path_params, "installSid"),
                    "installSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<InstallSid>,
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
                    rt::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
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
        rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
        request: rt::axum::extract::Request,
    ) -> rt::axum::response::Response {
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
            .styled(
                "path",
                "installSid",
                rt::path_wire(
                    rt::path_value(&path_params, "installSid"),
                    "installSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<InstallSid>,
            );
        let offering_sid = problems
            .styled(
                "path",
                "offeringSid",
                rt::path_wire(
                    rt::path_value(&path_params, "offeringSid"),
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<OfferingSid>,
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
        rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
        request: rt::axum::extract::Request,
    ) -> rt::axum::response::Response {
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
            .styled(
                "path",
                "installSid",
                rt::path_wire(
                    rt::path_value(&path_params, "installSid"),
                    "installSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<InstallSid>,
            );
        let offering_sid = problems
            .styled(
                "path",
                "offeringSid",
                rt::path_wire(
                    rt::path_value(&path_params, "offeringSid"),
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<OfferingSid>,
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
                    rt::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
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
        rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
        request: rt::axum::extract::Request,
    ) -> rt::axum::response::Response {
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
            .styled(
                "path",
                "installSid",
                rt::path_wire(
                    rt::path_value(&path_params, "installSid"),
                    "installSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<InstallSid>,
            );
        let offering_sid = problems
            .styled(
                "path",
                "offeringSid",
                rt::path_wire(
                    rt::path_value(&path_params, "offeringSid"),
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    rt::Shape::Scalar,
                ),
                rt::Presence::Required,
                rt::scalar::<OfferingSid>,
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
    http: rt::reqwest::Client,
}
impl Client {
    /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http(base_url, rt::reqwest::Client::new())
    }
    /// A client that sends through `http` (for timeouts, TLS, proxies).
    pub fn with_http(base_url: impl Into<String>, http: rt::reqwest::Client) -> Self {
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
        {
            let value = &path.install_sid;
            url.push_str(
                &rt::param::write_path(
                    "installSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        url.push_str("/courseOfferings");
        let query_params = query;
        let mut query = rt::Query::default();
        if let Some(value) = &query_params.offset {
            query
                .push_styled(
                    "offset",
                    rt::Style::Form,
                    true,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                );
        }
        if let Some(value) = &query_params.limit {
            query
                .push_styled(
                    "limit",
                    rt::Style::Form,
                    true,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                );
        }
        if let Some(value) = &query_params.sort_keys {
            query
                .push_styled(
                    "sortKeys",
                    rt::Style::Form,
                    false,
                    false,
                    &rt::Wire::List(
                        value.as_slice().iter().map(|item| item.to_string()).collect(),
                    ),
                );
        }
        if let Some(value) = &query_params.sort_order {
            query
                .push_styled(
                    "sortOrder",
                    rt::Style::Form,
                    true,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                );
        }
        url.push_str(&query.encode());
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.header("token", auth.0.as_str());
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => {
                    ListCourseOfferingsResponse::Ok(reply.json::<CourseOfferingList>()?)
                }
                400 => ListCourseOfferingsResponse::BadRequest(reply.json::<Error>()?),
                401 => {
                    ListCourseOfferingsResponse::Unauthorized {
                        body: reply.json::<Error>()?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => ListCourseOfferingsResponse::Forbidden(reply.json::<Error>()?),
                404 => ListCourseOfferingsResponse::NotFound(reply.json::<Error>()?),
                405 => {
                    ListCourseOfferingsResponse::MethodNotAllowed(
                        reply.json::<Problem>()?,
                    )
                }
                _ => return Err(reply.unexpected()),
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
        {
            let value = &path.install_sid;
            url.push_str(
                &rt::param::write_path(
                    "installSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        url.push_str("/courseOfferings");
        let mut request = self.http.request(rt::reqwest::Method::POST, url.as_str());
        request = request.header("token", auth.0.as_str());
        request = request
            .header(rt::reqwest::header::CONTENT_TYPE, "application/json")
            .body(rt::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                201 => {
                    CreateCourseOfferingResponse::Created(
                        reply.json::<CourseOffering>()?,
                    )
                }
                400 => CreateCourseOfferingResponse::BadRequest(reply.json::<Error>()?),
                401 => {
                    CreateCourseOfferingResponse::Unauthorized {
                        body: reply.json::<Error>()?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => CreateCourseOfferingResponse::Forbidden(reply.json::<Error>()?),
                404 => CreateCourseOfferingResponse::NotFound(reply.json::<Error>()?),
                405 => {
                    CreateCourseOfferingResponse::MethodNotAllowed(
                        reply.json::<Problem>()?,
                    )
                }
                413 => {
                    CreateCourseOfferingResponse::PayloadTooLarge(
                        reply.json::<Problem>()?,
                    )
                }
                415 => {
                    CreateCourseOfferingResponse::UnsupportedMediaType(
                        reply.json::<Problem>()?,
                    )
                }
                422 => {
                    CreateCourseOfferingResponse::UnprocessableEntity(
                        reply.json::<Problem>()?,
                    )
                }
                507 => {
                    CreateCourseOfferingResponse::InsufficientStorage(
                        reply.json::<Problem>()?,
                    )
                }
                _ => return Err(reply.unexpected()),
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
        {
            let value = &path.install_sid;
            url.push_str(
                &rt::param::write_path(
                    "installSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        url.push_str("/courseOfferings/");
        {
            let value = &path.offering_sid;
            url.push_str(
                &rt::param::write_path(
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.header("token", auth.0.as_str());
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => GetCourseOfferingResponse::Ok(reply.json::<CourseOffering>()?),
                400 => GetCourseOfferingResponse::BadRequest(reply.json::<Error>()?),
                401 => {
                    GetCourseOfferingResponse::Unauthorized {
                        body: reply.json::<Error>()?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => GetCourseOfferingResponse::Forbidden(reply.json::<Error>()?),
                404 => GetCourseOfferingResponse::NotFound(reply.json::<Error>()?),
                405 => {
                    GetCourseOfferingResponse::MethodNotAllowed(reply.json::<Problem>()?)
                }
                _ => return Err(reply.unexpected()),
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
        {
            let value = &path.install_sid;
            url.push_str(
                &rt::param::write_path(
                    "installSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        url.push_str("/courseOfferings/");
        {
            let value = &path.offering_sid;
            url.push_str(
                &rt::param::write_path(
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        let mut request = self.http.request(rt::reqwest::Method::PUT, url.as_str());
        request = request.header("token", auth.0.as_str());
        request = request
            .header(rt::reqwest::header::CONTENT_TYPE, "application/json")
            .body(rt::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => UpdateCourseOfferingResponse::Ok(reply.json::<CourseOffering>()?),
                400 => UpdateCourseOfferingResponse::BadRequest(reply.json::<Error>()?),
                401 => {
                    UpdateCourseOfferingResponse::Unauthorized {
                        body: reply.json::<Error>()?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => UpdateCourseOfferingResponse::Forbidden(reply.json::<Error>()?),
                404 => UpdateCourseOfferingResponse::NotFound(reply.json::<Error>()?),
                405 => {
                    UpdateCourseOfferingResponse::MethodNotAllowed(
                        reply.json::<Problem>()?,
                    )
                }
                413 => {
                    UpdateCourseOfferingResponse::PayloadTooLarge(
                        reply.json::<Problem>()?,
                    )
                }
                415 => {
                    UpdateCourseOfferingResponse::UnsupportedMediaType(
                        reply.json::<Problem>()?,
                    )
                }
                422 => {
                    UpdateCourseOfferingResponse::UnprocessableEntity(
                        reply.json::<Problem>()?,
                    )
                }
                507 => {
                    UpdateCourseOfferingResponse::InsufficientStorage(
                        reply.json::<Problem>()?,
                    )
                }
                _ => return Err(reply.unexpected()),
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
        {
            let value = &path.install_sid;
            url.push_str(
                &rt::param::write_path(
                    "installSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        url.push_str("/courseOfferings/");
        {
            let value = &path.offering_sid;
            url.push_str(
                &rt::param::write_path(
                    "offeringSid",
                    rt::Style::Simple,
                    false,
                    &rt::Wire::Scalar(value.to_string()),
                ),
            );
        }
        let mut request = self.http.request(rt::reqwest::Method::DELETE, url.as_str());
        request = request.header("token", auth.0.as_str());
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                204 => DeleteCourseOfferingResponse::NoContent,
                400 => DeleteCourseOfferingResponse::BadRequest(reply.json::<Error>()?),
                401 => {
                    DeleteCourseOfferingResponse::Unauthorized {
                        body: reply.json::<Error>()?,
                        headers: ListCourseOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                403 => DeleteCourseOfferingResponse::Forbidden(reply.json::<Error>()?),
                404 => DeleteCourseOfferingResponse::NotFound(reply.json::<Error>()?),
                405 => {
                    DeleteCourseOfferingResponse::MethodNotAllowed(
                        reply.json::<Problem>()?,
                    )
                }
                _ => return Err(reply.unexpected()),
            },
        )
    }
}
