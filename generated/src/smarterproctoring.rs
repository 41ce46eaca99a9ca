::specgen_rt::runtime!(pub rt, "0.1", server, client);
/// The types of the spec's schemas, parameters, bodies and responses.
#[allow(clippy::module_inception)]
pub mod types {
    #[allow(unused_imports)]
    use super::rt;
    /// Update course offering payload, sent as `application/json`. Creating an offering takes the
    /// same body.
    ///
    /// The update replaces the whole configuration, so both required fields must always be sent.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "title": "Fall 2024",
    ///   "matchStrings": "Fall 2024,FA24",
    ///   "startDate": "1970-01-01T00:00:00.000Z",
    ///   "endDate": "1970-01-01T00:00:00.000Z"
    /// }
    /// ```
    #[derive(Clone, Debug, PartialEq)]
    pub struct UpdateCourseOfferingRequest {
        /// Human-readable title for the course offering.
        ///
        /// Example: `"Fall 2024"`
        pub title: String,
        /// Comma-separated list of text patterns used to automatically match incoming LMS courses to this offering.
        ///
        /// Note: sent as one comma-separated string, while responses return `matchStrings` as an
        /// array of strings.
        ///
        /// Example: `"Fall 2024,FA24"`
        pub match_strings: String,
        /// Start Date
        ///
        /// UTC, ending in `Z`, e.g. `1970-01-01T00:00:00.000Z` (milliseconds and a trailing `Z`); may
        /// be null.
        ///
        /// Example: `"1970-01-01T00:00:00.000Z"`
        pub start_date: Option<Option<UpdateCourseOfferingRequestStartDate>>,
        /// End Date
        ///
        /// UTC, ending in `Z`, e.g. `1970-01-01T00:00:00.000Z` (milliseconds and a trailing `Z`); may
        /// be null.
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
    /// A course offering, as the operations return it (`application/json`). Every property may be
    /// null, and any may be absent.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct CourseOffering {
        /// Course offering SID
        ///
        /// `CO` plus 32 lowercase hex digits, as the `offeringSid` path parameter.
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
        /// Returned as an array of strings, whereas the request body sends `matchStrings` as one
        /// comma-separated string.
        ///
        /// Example:
        ///
        /// ```json
        /// [
        ///   "Fall 2024",
        ///   "FA24"
        /// ]
        /// ```
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
    /// One page of course offerings: `{total, count, offset, first, next, prev, last, results}`, where
    /// `first`, `next`, `prev` and `last` are page URLs or null, and each of `results` is a
    /// `CourseOffering`. This server always sends every member.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "total": 1,
    ///   "count": 1,
    ///   "offset": 0,
    ///   "first": "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10",
    ///   "next": null,
    ///   "prev": null,
    ///   "last": "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10",
    ///   "results": [
    ///     {
    ///       "sid": "CO1234567890abcdef1234567890abcdef",
    ///       "lastActivityDate": "1970-01-01T00:00:00.000Z",
    ///       "title": "Fall 2024",
    ///       "matchStrings": [
    ///         "Fall 2024",
    ///         "FA24"
    ///       ],
    ///       "startDate": "1970-01-01T00:00:00.000Z",
    ///       "endDate": "1970-01-01T00:00:00.000Z",
    ///       "createdDate": "1970-01-01T00:00:00.000Z",
    ///       "editDate": "1970-01-01T00:00:00.000Z"
    ///     }
    ///   ]
    /// }
    /// ```
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
        /// Example:
        ///
        /// ```json
        /// "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10"
        /// ```
        pub first: Option<String>,
        /// The URL of the next page, or null when this page is the last.
        pub next: Option<String>,
        /// The URL of the previous page, or null when this page is the first.
        pub prev: Option<String>,
        /// The URL of the last page, or null.
        ///
        /// Example:
        ///
        /// ```json
        /// "/v1/installs/AI1234567890abcdef1234567890abcdef/courseOfferings?offset=0&limit=10"
        /// ```
        pub last: Option<String>,
        /// The course offerings of this page.
        pub results: Vec<CourseOffering>,
    }
    rt::object!(
        CourseOfferingList { req::total("total"), req::count("count"),
        req::offset("offset"), req::first("first"), req::next("next"), req::prev("prev"),
        req::last("last"), req::results("results") }
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
    /// An error, `{code, message, status}`. The codes include `AUTHENTICATIONFAILED` (403),
    /// `INVALIDINPUT` (400) and `RESOURCENOTFOUND` (404). Any member may be absent.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Error {
        /// Machine-readable error code, e.g. `INVALIDINPUT`, `AUTHENTICATIONFAILED`, `RESOURCENOTFOUND`. Not an enum: other codes may appear.
        ///
        /// Example: `"RESOURCENOTFOUND"`
        pub code: Option<String>,
        /// Human-readable error message.
        ///
        /// Example: `"Resource not found."`
        pub message: Option<String>,
        /// The HTTP status code of the response, repeated in the body.
        ///
        /// Example: `404`
        pub status: Option<i64>,
    }
    rt::object!(
        Error { opt::code("code"), opt::message("message"), opt::status("status") }
    );
    /// The error body this server sends as `application/problem+json` (RFC 9457) when it refuses a
    /// request before the service handles it: a parameter or body that breaks this description, a
    /// missing token, a path or method no operation has, a body too large or not JSON.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "type": "about:blank",
    ///   "title": "Bad Request",
    ///   "status": 400,
    ///   "detail": "invalid path parameter `installSid`",
    ///   "errors": [
    ///     {
    ///       "in": "path",
    ///       "name": "installSid",
    ///       "constraint": "pattern",
    ///       "message": "\"AI123\" does not match the pattern `^AI[a-f0-9]{32}$`"
    ///     }
    ///   ]
    /// }
    /// ```
    pub type Problem = rt::Problem;
    /// One invalid input in a `Problem`.
    pub type ProblemItem = rt::ProblemItem;
    /// Start Date
    ///
    /// UTC, ending in `Z`, e.g. `1970-01-01T00:00:00.000Z` (milliseconds and a trailing `Z`); may
    /// be null.
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
    /// UTC, ending in `Z`, e.g. `1970-01-01T00:00:00.000Z` (milliseconds and a trailing `Z`); may
    /// be null.
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
    /// How many offerings to skip before the page starts, an integer >= 0. Without it the page starts
    /// at the first offering. At most 2^31 - 1 (`int32`).
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
    /// At most how many offerings the page holds, an integer >= 0. Without it the page holds every
    /// offering from `offset` on. At most 2^31 - 1 (`int32`).
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
    /// The properties to sort the offerings by, comma separated: the first key orders the page,
    /// later keys break ties. Values are compared as text; offerings without the value come first.
    ///
    /// Example:
    ///
    /// ```json
    /// [
    ///   "title"
    /// ]
    /// ```
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
    /// `ASC` or `DESC`, the order of `sortKeys`; `ASC` when absent. Without `sortKeys` the offerings
    /// are listed in the order they were created (`DESC`: the newest first).
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
    pub struct CourseOfferingsPath {
        /// Unique SID of the application install. Pattern: AI + 32 hex chars.
        pub install_sid: InstallSid,
    }
    rt::object!(CourseOfferingsPath { req::install_sid("installSid") });
    impl CourseOfferingsPath {
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
        /// How many offerings to skip before the page starts, an integer >= 0. Without it the page starts
        /// at the first offering. At most 2^31 - 1 (`int32`).
        pub offset: Option<Offset>,
        /// At most how many offerings the page holds, an integer >= 0. Without it the page holds every
        /// offering from `offset` on. At most 2^31 - 1 (`int32`).
        pub limit: Option<Limit>,
        /// The properties to sort the offerings by, comma separated: the first key orders the page,
        /// later keys break ties. Values are compared as text; offerings without the value come first.
        pub sort_keys: Option<SortKeys>,
        /// `ASC` or `DESC`, the order of `sortKeys`; `ASC` when absent. Without `sortKeys` the offerings
        /// are listed in the order they were created (`DESC`: the newest first).
        pub sort_order: Option<SortOrder>,
    }
    rt::object!(
        ListCourseOfferingsQuery { opt::offset("offset"), opt::limit("limit"),
        opt::sort_keys("sortKeys"), opt::sort_order("sortOrder") }
    );
    /// The headers this response documents.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct MissingTokenHeaders {
        /// The challenge for the credentials the operation needs: `ApiKey name="token"`. It may be
        /// absent.
        ///
        /// Example: `"ApiKey name=\"token\""`
        pub www_authenticate: Option<String>,
    }
    rt::object!(MissingTokenHeaders { opt::www_authenticate("WWW-Authenticate") });
    /// The responses of `listCourseOfferings` (`GET /v1/installs/{installSid}/courseOfferings`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListCourseOfferingsResponse {
        /// 200: Successful: one page of the install's course offerings.
        Ok(CourseOfferingList),
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    /// The responses of `createCourseOffering` (`POST /v1/installs/{installSid}/courseOfferings`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum CreateCourseOfferingResponse {
        /// 201: Created: the new course offering.
        Created(CourseOffering),
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
        /// 413: The request body is larger than this server reads: 2 MiB.
        PayloadTooLarge(Problem),
        /// 415: The request body is not declared as `application/json`, the only media type the operations
        /// take.
        UnsupportedMediaType(Problem),
        /// 422: The body is valid JSON but breaks the request schema (a missing `title` or `matchStrings`, a
        /// wrong type, a `startDate`/`endDate` without a `Z`); the `Problem` points at the offending
        /// value. `INVALIDINPUT` (400) is the code for a body that fails validation, so a server may
        /// answer such a body with 400 instead.
        UnprocessableEntity(Problem),
        /// 507: The store is full: this server holds at most 10,000 course offerings and 64 MiB of their text,
        /// so that creates and updates cannot grow it without bound. Nothing is stored; once offerings
        /// are deleted the same request succeeds.
        InsufficientStorage(Problem),
    }
    /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
    ///
    /// Get and delete take the same parameter, for the offering to read or delete.
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
    pub struct CourseOfferingsOfferingSidPath {
        /// Unique SID of the application install. Pattern: AI + 32 hex chars.
        pub install_sid: InstallSid,
        /// Unique SID of the course offering to update. Pattern: CO + 32 hex chars.
        ///
        /// Get and delete take the same parameter, for the offering to read or delete.
        pub offering_sid: OfferingSid,
    }
    rt::object!(
        CourseOfferingsOfferingSidPath { req::install_sid("installSid"),
        req::offering_sid("offeringSid") }
    );
    impl CourseOfferingsOfferingSidPath {
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
        /// 200: Successful: the course offering.
        Ok(CourseOffering),
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    /// The responses of `updateCourseOffering` (`PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum UpdateCourseOfferingResponse {
        /// 200: Successful
        Ok(CourseOffering),
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
        /// 413: The request body is larger than this server reads: 2 MiB.
        PayloadTooLarge(Problem),
        /// 415: The request body is not declared as `application/json`, the only media type the operations
        /// take.
        UnsupportedMediaType(Problem),
        /// 422: The body is valid JSON but breaks the request schema (a missing `title` or `matchStrings`, a
        /// wrong type, a `startDate`/`endDate` without a `Z`); the `Problem` points at the offending
        /// value. `INVALIDINPUT` (400) is the code for a body that fails validation, so a server may
        /// answer such a body with 400 instead.
        UnprocessableEntity(Problem),
        /// 507: The store is full: this server holds at most 10,000 course offerings and 64 MiB of their text,
        /// so that creates and updates cannot grow it without bound. Nothing is stored; once offerings
        /// are deleted the same request succeeds.
        InsufficientStorage(Problem),
    }
    /// The responses of `deleteCourseOffering` (`DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum DeleteCourseOfferingResponse {
        /// 204: Successful: the offering is deleted. No body.
        NoContent,
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    /// Credential of the `token` security scheme. Sent in the `token` header.
    ///
    /// A JWT sent in the `token` request header (not in `Authorization`), on every request:
    /// `token: <api-key>`. Tokens expire.
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub struct Token(pub String);
    impl ::std::fmt::Debug for Token {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str("Token(***)")
        }
    }
}
pub use types::*;
/// The route trait and the axum router that serves it.
#[allow(clippy::module_inception)]
pub mod server {
    #[allow(unused_imports)]
    use super::*;
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
    impl MissingTokenHeaders {
        /// Adds every header that has a value to a response's headers.
        pub fn insert_into(&self, headers: &mut rt::axum::http::HeaderMap) {
            if let Some(value) = &self.www_authenticate {
                rt::set_header(headers, "WWW-Authenticate", value.to_string());
            }
        }
    }
    /// SmarterProctoring API (version v1).
    ///
    /// The course offerings of a SmarterProctoring (SmarterServices) application install: list, create,
    /// get, update and delete them under `/v1/installs/{installSid}/courseOfferings`. A course offering has
    /// a title, optional start and end dates, and match strings: text patterns used to automatically match
    /// incoming LMS courses to the offering.
    ///
    /// Every request authenticates with a JWT in the `token` request header (not `Authorization`); tokens
    /// expire. Identifiers (SIDs) are a two-letter type prefix plus 32 lowercase hex digits: `AI` for an
    /// application install, `CO` for a course offering. Dates are UTC with milliseconds and a trailing `Z`,
    /// as in `1970-01-01T00:00:00.000Z`.
    ///
    /// Errors are `{code, message, status}` bodies: `INVALIDINPUT` (400) for input that fails validation,
    /// `AUTHENTICATIONFAILED` (403) for an invalid or expired token, `RESOURCENOTFOUND` (404) for a SID that
    /// does not exist; a request without a token is answered with 401. Before a request reaches the
    /// service, this server checks it against this description and answers what it refuses with an
    /// `application/problem+json` body (RFC 9457, schema `Problem`): 400 for a malformed parameter or a body
    /// that is not JSON, 401 without a token, 404 for a path no operation has, 405 for a method the path
    /// does not have, 413 for a body over 2 MiB, 415 for a body that is not `application/json`, 422 for a
    /// body that breaks the schema.
    ///
    /// Responses carry links from a created or listed offering to its get, update and delete.
    ///
    /// Documentation index: <https://developers.smarterservices.com/llms.txt>.
    ///
    ///
    /// Generated by specgen from the OpenAPI description; do not edit by hand.
    ///
    /// Implement it and serve it with [`router`]; each method gets the request's context and
    /// validated input, and answers with one of the responses the spec documents.
    ///
    /// Authentication: for an operation with security, the router tries the alternatives of its
    /// `security` in the spec's order and authenticates the first whose credentials are all present,
    /// with the `authenticate_*` method of each of its schemes (in order; the operation's method
    /// receives the principal of the first). A request with none of them is answered 401 without
    /// calling any of them, unless the operation also allows anonymous access (`{}`): then its method
    /// receives `None`. A credential that is present and refused is answered as its hook says, even
    /// when a later alternative would have been met.
    pub trait SmarterProctoringApi: Send + Sync + 'static {
        /// Who a request comes from, as the `authenticate_*` methods find it from its credential;
        /// the methods of operations with security receive it.
        type Principal: Send + Sync + 'static;
        /// Authenticates a credential of the `token` security scheme, before the method of an operation
        /// that accepts it runs.
        ///
        /// `scopes` are those the operation's requirement lists for the scheme (OAuth2 and OpenID
        /// Connect scopes; empty for most schemes). `Err` answers the request:
        /// [`rt::AuthError::unauthorized`] a 401 with the scheme's `WWW-Authenticate` challenge,
        /// [`rt::AuthError::forbidden`] a 403. The router answers a request without the credential
        /// 401 itself, without calling this.
        fn authenticate_token(
            &self,
            credential: Token,
            scopes: &[&str],
            cx: &rt::RequestContext,
        ) -> impl ::std::future::Future<
            Output = Result<Self::Principal, rt::AuthError>,
        > + Send;
        /// List Course Offerings
        ///
        /// `GET /v1/installs/{installSid}/courseOfferings` (operationId `listCourseOfferings`)
        ///
        /// Lists the course offerings of an application install, a page at a time (`offset`, `limit`),
        /// optionally sorted (`sortKeys`, `sortOrder`).
        ///
        /// The answer is an envelope `{total, count, offset, first, next, prev, last, results}` whose
        /// `results` are course offerings, shaped as the update's response.
        fn list_course_offerings(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: CourseOfferingsPath,
            query: ListCourseOfferingsQuery,
        ) -> impl ::std::future::Future<Output = ListCourseOfferingsResponse> + Send;
        /// Create Course Offering
        ///
        /// `POST /v1/installs/{installSid}/courseOfferings` (operationId `createCourseOffering`)
        ///
        /// Creates a course offering of an application install. It takes the same body as the update:
        /// `title` and `matchStrings` required, `startDate` and `endDate` optional, each ending in `Z`.
        /// It returns the new offering, shaped as the update's response, with the `sid` the server gave
        /// it (`CO` + 32 hex digits), and status 201 Created.
        fn create_course_offering(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: CourseOfferingsPath,
            body: UpdateCourseOfferingRequest,
        ) -> impl ::std::future::Future<Output = CreateCourseOfferingResponse> + Send;
        /// Get Course Offering
        ///
        /// `GET /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `getCourseOffering`)
        ///
        /// Returns one course offering of an application install: the same offering the update returns.
        fn get_course_offering(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: CourseOfferingsOfferingSidPath,
        ) -> impl ::std::future::Future<Output = GetCourseOfferingResponse> + Send;
        /// Update Course Offering
        ///
        /// `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `updateCourseOffering`)
        ///
        /// Updates a course offering of an application install and returns the updated offering.
        ///
        /// The update replaces the whole configuration, so both required fields, `title` and
        /// `matchStrings`, must always be sent. Note that `matchStrings` is sent as one comma-separated
        /// string but returned as an array of strings.
        fn update_course_offering(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: CourseOfferingsOfferingSidPath,
            body: UpdateCourseOfferingRequest,
        ) -> impl ::std::future::Future<Output = UpdateCourseOfferingResponse> + Send;
        /// Delete Course Offering
        ///
        /// `DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `deleteCourseOffering`)
        ///
        /// Deletes a course offering of an application install and answers 204 No Content. Afterwards a
        /// get, update or delete of the same `offeringSid` answers 404 `RESOURCENOTFOUND`.
        fn delete_course_offering(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: CourseOfferingsOfferingSidPath,
        ) -> impl ::std::future::Future<Output = DeleteCourseOfferingResponse> + Send;
    }
    /// An axum router serving every operation of [`SmarterProctoringApi`]: it authenticates (401 without credentials; the `authenticate_*` methods' 401 or 403), checks parameters (400), the body's media type (415), size (413) and schema (400 when not JSON, 422 when it breaks the schema), answers unknown paths with 404 and unknown methods with 405, all as `application/problem+json`, and calls `api` only with valid input.
    pub fn router<A: SmarterProctoringApi>(
        api: ::std::sync::Arc<A>,
    ) -> rt::axum::Router {
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
        #[allow(unused_imports)]
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
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::header_credential(
                    cx.headers(),
                    "token",
                )
                .map(Token)
            {
                match <A as SmarterProctoringApi>::authenticate_token(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("ApiKey name=\"token\""),
                }
            } else {
                return rt::unauthorized("the `token` header", "ApiKey name=\"token\"")
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
            let path = CourseOfferingsPath { install_sid };
            let query = ListCourseOfferingsQuery {
                offset,
                limit,
                sort_keys,
                sort_order,
            };
            ::std::mem::drop(path_params);
            ::std::mem::drop(query_raw);
            <A as SmarterProctoringApi>::list_course_offerings(
                    &api,
                    cx,
                    principal,
                    path,
                    query,
                )
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
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::header_credential(
                    cx.headers(),
                    "token",
                )
                .map(Token)
            {
                match <A as SmarterProctoringApi>::authenticate_token(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("ApiKey name=\"token\""),
                }
            } else {
                return rt::unauthorized("the `token` header", "ApiKey name=\"token\"")
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
            let path = CourseOfferingsPath { install_sid };
            if !rt::content_type_is(cx.headers(), "application/json") {
                return rt::Problem::new(
                        rt::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        "this operation takes a `application/json` body",
                    )
                    .into_response();
            }
            ::std::mem::drop(path_params);
            let bytes = match rt::read_body(body).await {
                Ok(bytes) => bytes,
                Err(problem) => return problem.into_response(),
            };
            let body = match rt::parse_json::<UpdateCourseOfferingRequest>(&bytes) {
                Ok(body) => body,
                Err(problem) => return problem.into_response(),
            };
            <A as SmarterProctoringApi>::create_course_offering(
                    &api,
                    cx,
                    principal,
                    path,
                    body,
                )
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
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::header_credential(
                    cx.headers(),
                    "token",
                )
                .map(Token)
            {
                match <A as SmarterProctoringApi>::authenticate_token(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("ApiKey name=\"token\""),
                }
            } else {
                return rt::unauthorized("the `token` header", "ApiKey name=\"token\"")
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
            let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid)
            else { return rt::internal_error() };
            let path = CourseOfferingsOfferingSidPath {
                install_sid,
                offering_sid,
            };
            ::std::mem::drop(path_params);
            <A as SmarterProctoringApi>::get_course_offering(&api, cx, principal, path)
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
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::header_credential(
                    cx.headers(),
                    "token",
                )
                .map(Token)
            {
                match <A as SmarterProctoringApi>::authenticate_token(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("ApiKey name=\"token\""),
                }
            } else {
                return rt::unauthorized("the `token` header", "ApiKey name=\"token\"")
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
            let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid)
            else { return rt::internal_error() };
            let path = CourseOfferingsOfferingSidPath {
                install_sid,
                offering_sid,
            };
            if !rt::content_type_is(cx.headers(), "application/json") {
                return rt::Problem::new(
                        rt::axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                        "this operation takes a `application/json` body",
                    )
                    .into_response();
            }
            ::std::mem::drop(path_params);
            let bytes = match rt::read_body(body).await {
                Ok(bytes) => bytes,
                Err(problem) => return problem.into_response(),
            };
            let body = match rt::parse_json::<UpdateCourseOfferingRequest>(&bytes) {
                Ok(body) => body,
                Err(problem) => return problem.into_response(),
            };
            <A as SmarterProctoringApi>::update_course_offering(
                    &api,
                    cx,
                    principal,
                    path,
                    body,
                )
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
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::header_credential(
                    cx.headers(),
                    "token",
                )
                .map(Token)
            {
                match <A as SmarterProctoringApi>::authenticate_token(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("ApiKey name=\"token\""),
                }
            } else {
                return rt::unauthorized("the `token` header", "ApiKey name=\"token\"")
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
            let (Some(install_sid), Some(offering_sid)) = (install_sid, offering_sid)
            else { return rt::internal_error() };
            let path = CourseOfferingsOfferingSidPath {
                install_sid,
                offering_sid,
            };
            ::std::mem::drop(path_params);
            <A as SmarterProctoringApi>::delete_course_offering(
                    &api,
                    cx,
                    principal,
                    path,
                )
                .await
                .into_response()
        }
    }
}
pub use server::*;
/// The typed client.
#[allow(clippy::module_inception)]
pub mod client {
    #[allow(unused_imports)]
    use super::*;
    /// A client for SmarterProctoring API.
    ///
    /// One method per operation, taking the spec's types (already checked).
    ///
    /// Each operation has two methods. The common one ([`Client::list_course_offerings`]) returns the success body on a 2xx response and `Err` on anything else: a documented error response is `Err(rt::Error::Response { status, error })` with the operation's error enum ([`ListCourseOfferingsError`]), so `?` stops on it and `match` reads its typed body. The `*_response` one ([`Client::list_course_offerings_response`]) returns every documented response as data (the response enum of the route trait), for callers that treat a 404 as an answer. A status the spec does not document is `Err` from both.
    ///
    /// Built once with its base URL and credentials ([`Client::builder`]); operations never take a credential. `Debug` never shows one.
    #[derive(Clone, Debug)]
    pub struct Client {
        connection: rt::Connection,
    }
    impl Client {
        /// A client for the server at `base_url` (e.g. `http://127.0.0.1:8080`), without
        /// credentials: [`Client::builder`] sets them. The base URL is checked here, so that a
        /// wrong one is reported where it is configured rather than at the first call: it must be
        /// an absolute `http` or `https` URL without a query, fragment or password.
        pub fn new(base_url: impl Into<String>) -> Result<Self, rt::BuildError> {
            Self::builder(base_url).build()
        }
        /// A client that sends through `http` (your own `reqwest::Client`: timeouts, TLS,
        /// proxies, default headers); otherwise as [`Client::new`].
        pub fn with_http(
            base_url: impl Into<String>,
            http: rt::reqwest::Client,
        ) -> Result<Self, rt::BuildError> {
            Self::builder(base_url).http(http).build()
        }
        /// Starts a [`ClientBuilder`] for the server at `base_url`.
        pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
            const SCHEMES: &[rt::CredentialSlot] = &[
                rt::CredentialSlot::header("token", "token"),
            ];
            ClientBuilder(rt::ClientSettings::new(base_url, SCHEMES))
        }
        /// List Course Offerings
        ///
        /// `GET /v1/installs/{installSid}/courseOfferings` (operationId `listCourseOfferings`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`ListCourseOfferingsError`]; [`Client::list_course_offerings_response`] returns every documented response as data instead.
        pub async fn list_course_offerings(
            &self,
            path: &CourseOfferingsPath,
            query: &ListCourseOfferingsQuery,
        ) -> Result<CourseOfferingList, rt::Error<ListCourseOfferingsError>> {
            match self
                .list_course_offerings_response(path, query)
                .await
                .map_err(rt::ClientError::widen)?
            {
                ListCourseOfferingsResponse::Ok(body) => Ok(body),
                ListCourseOfferingsResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: ListCourseOfferingsError::BadRequest(body),
                    })
                }
                ListCourseOfferingsResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: ListCourseOfferingsError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                ListCourseOfferingsResponse::Forbidden(body) => {
                    Err(rt::Error::Response {
                        status: 403,
                        error: ListCourseOfferingsError::Forbidden(body),
                    })
                }
                ListCourseOfferingsResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: ListCourseOfferingsError::NotFound(body),
                    })
                }
                ListCourseOfferingsResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: ListCourseOfferingsError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// List Course Offerings
        ///
        /// `GET /v1/installs/{installSid}/courseOfferings` (operationId `listCourseOfferings`)
        ///
        /// Every documented response, as data: like [`Client::list_course_offerings`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn list_course_offerings_response(
            &self,
            path: &CourseOfferingsPath,
            query: &ListCourseOfferingsQuery,
        ) -> Result<ListCourseOfferingsResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
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
                            value
                                .as_slice()
                                .iter()
                                .map(|item| item.to_string())
                                .collect(),
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
            let mut request = self
                .connection
                .http()
                .request(rt::reqwest::Method::GET, url.as_str());
            request = auth.add_headers(request);
            let reply = rt::send(request).await?;
            Ok(
                match reply.status {
                    200 => {
                        ListCourseOfferingsResponse::Ok(
                            reply.json::<CourseOfferingList>()?,
                        )
                    }
                    400 => {
                        ListCourseOfferingsResponse::BadRequest(reply.json::<Error>()?)
                    }
                    401 => {
                        ListCourseOfferingsResponse::Unauthorized {
                            body: reply.json::<Error>()?,
                            headers: MissingTokenHeaders {
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
        ///
        /// Returns the body of its `201` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`CreateCourseOfferingError`]; [`Client::create_course_offering_response`] returns every documented response as data instead.
        pub async fn create_course_offering(
            &self,
            path: &CourseOfferingsPath,
            body: &UpdateCourseOfferingRequest,
        ) -> Result<CourseOffering, rt::Error<CreateCourseOfferingError>> {
            match self
                .create_course_offering_response(path, body)
                .await
                .map_err(rt::ClientError::widen)?
            {
                CreateCourseOfferingResponse::Created(body) => Ok(body),
                CreateCourseOfferingResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: CreateCourseOfferingError::BadRequest(body),
                    })
                }
                CreateCourseOfferingResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: CreateCourseOfferingError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                CreateCourseOfferingResponse::Forbidden(body) => {
                    Err(rt::Error::Response {
                        status: 403,
                        error: CreateCourseOfferingError::Forbidden(body),
                    })
                }
                CreateCourseOfferingResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: CreateCourseOfferingError::NotFound(body),
                    })
                }
                CreateCourseOfferingResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: CreateCourseOfferingError::MethodNotAllowed(body),
                    })
                }
                CreateCourseOfferingResponse::PayloadTooLarge(body) => {
                    Err(rt::Error::Response {
                        status: 413,
                        error: CreateCourseOfferingError::PayloadTooLarge(body),
                    })
                }
                CreateCourseOfferingResponse::UnsupportedMediaType(body) => {
                    Err(rt::Error::Response {
                        status: 415,
                        error: CreateCourseOfferingError::UnsupportedMediaType(body),
                    })
                }
                CreateCourseOfferingResponse::UnprocessableEntity(body) => {
                    Err(rt::Error::Response {
                        status: 422,
                        error: CreateCourseOfferingError::UnprocessableEntity(body),
                    })
                }
                CreateCourseOfferingResponse::InsufficientStorage(body) => {
                    Err(rt::Error::Response {
                        status: 507,
                        error: CreateCourseOfferingError::InsufficientStorage(body),
                    })
                }
            }
        }
        /// Create Course Offering
        ///
        /// `POST /v1/installs/{installSid}/courseOfferings` (operationId `createCourseOffering`)
        ///
        /// Every documented response, as data: like [`Client::create_course_offering`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn create_course_offering_response(
            &self,
            path: &CourseOfferingsPath,
            body: &UpdateCourseOfferingRequest,
        ) -> Result<CreateCourseOfferingResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
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
            let mut request = self
                .connection
                .http()
                .request(rt::reqwest::Method::POST, url.as_str());
            request = auth.add_headers(request);
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
                    400 => {
                        CreateCourseOfferingResponse::BadRequest(reply.json::<Error>()?)
                    }
                    401 => {
                        CreateCourseOfferingResponse::Unauthorized {
                            body: reply.json::<Error>()?,
                            headers: MissingTokenHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    403 => {
                        CreateCourseOfferingResponse::Forbidden(reply.json::<Error>()?)
                    }
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
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`GetCourseOfferingError`]; [`Client::get_course_offering_response`] returns every documented response as data instead.
        pub async fn get_course_offering(
            &self,
            path: &CourseOfferingsOfferingSidPath,
        ) -> Result<CourseOffering, rt::Error<GetCourseOfferingError>> {
            match self
                .get_course_offering_response(path)
                .await
                .map_err(rt::ClientError::widen)?
            {
                GetCourseOfferingResponse::Ok(body) => Ok(body),
                GetCourseOfferingResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: GetCourseOfferingError::BadRequest(body),
                    })
                }
                GetCourseOfferingResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: GetCourseOfferingError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                GetCourseOfferingResponse::Forbidden(body) => {
                    Err(rt::Error::Response {
                        status: 403,
                        error: GetCourseOfferingError::Forbidden(body),
                    })
                }
                GetCourseOfferingResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: GetCourseOfferingError::NotFound(body),
                    })
                }
                GetCourseOfferingResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: GetCourseOfferingError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// Get Course Offering
        ///
        /// `GET /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `getCourseOffering`)
        ///
        /// Every documented response, as data: like [`Client::get_course_offering`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn get_course_offering_response(
            &self,
            path: &CourseOfferingsOfferingSidPath,
        ) -> Result<GetCourseOfferingResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
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
            let mut request = self
                .connection
                .http()
                .request(rt::reqwest::Method::GET, url.as_str());
            request = auth.add_headers(request);
            let reply = rt::send(request).await?;
            Ok(
                match reply.status {
                    200 => GetCourseOfferingResponse::Ok(reply.json::<CourseOffering>()?),
                    400 => GetCourseOfferingResponse::BadRequest(reply.json::<Error>()?),
                    401 => {
                        GetCourseOfferingResponse::Unauthorized {
                            body: reply.json::<Error>()?,
                            headers: MissingTokenHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    403 => GetCourseOfferingResponse::Forbidden(reply.json::<Error>()?),
                    404 => GetCourseOfferingResponse::NotFound(reply.json::<Error>()?),
                    405 => {
                        GetCourseOfferingResponse::MethodNotAllowed(
                            reply.json::<Problem>()?,
                        )
                    }
                    _ => return Err(reply.unexpected()),
                },
            )
        }
        /// Update Course Offering
        ///
        /// `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `updateCourseOffering`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`UpdateCourseOfferingError`]; [`Client::update_course_offering_response`] returns every documented response as data instead.
        pub async fn update_course_offering(
            &self,
            path: &CourseOfferingsOfferingSidPath,
            body: &UpdateCourseOfferingRequest,
        ) -> Result<CourseOffering, rt::Error<UpdateCourseOfferingError>> {
            match self
                .update_course_offering_response(path, body)
                .await
                .map_err(rt::ClientError::widen)?
            {
                UpdateCourseOfferingResponse::Ok(body) => Ok(body),
                UpdateCourseOfferingResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: UpdateCourseOfferingError::BadRequest(body),
                    })
                }
                UpdateCourseOfferingResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: UpdateCourseOfferingError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                UpdateCourseOfferingResponse::Forbidden(body) => {
                    Err(rt::Error::Response {
                        status: 403,
                        error: UpdateCourseOfferingError::Forbidden(body),
                    })
                }
                UpdateCourseOfferingResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: UpdateCourseOfferingError::NotFound(body),
                    })
                }
                UpdateCourseOfferingResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: UpdateCourseOfferingError::MethodNotAllowed(body),
                    })
                }
                UpdateCourseOfferingResponse::PayloadTooLarge(body) => {
                    Err(rt::Error::Response {
                        status: 413,
                        error: UpdateCourseOfferingError::PayloadTooLarge(body),
                    })
                }
                UpdateCourseOfferingResponse::UnsupportedMediaType(body) => {
                    Err(rt::Error::Response {
                        status: 415,
                        error: UpdateCourseOfferingError::UnsupportedMediaType(body),
                    })
                }
                UpdateCourseOfferingResponse::UnprocessableEntity(body) => {
                    Err(rt::Error::Response {
                        status: 422,
                        error: UpdateCourseOfferingError::UnprocessableEntity(body),
                    })
                }
                UpdateCourseOfferingResponse::InsufficientStorage(body) => {
                    Err(rt::Error::Response {
                        status: 507,
                        error: UpdateCourseOfferingError::InsufficientStorage(body),
                    })
                }
            }
        }
        /// Update Course Offering
        ///
        /// `PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `updateCourseOffering`)
        ///
        /// Every documented response, as data: like [`Client::update_course_offering`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn update_course_offering_response(
            &self,
            path: &CourseOfferingsOfferingSidPath,
            body: &UpdateCourseOfferingRequest,
        ) -> Result<UpdateCourseOfferingResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
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
            let mut request = self
                .connection
                .http()
                .request(rt::reqwest::Method::PUT, url.as_str());
            request = auth.add_headers(request);
            request = request
                .header(rt::reqwest::header::CONTENT_TYPE, "application/json")
                .body(rt::serde_json::to_vec(body).map_err(rt::ClientError::Encode)?);
            let reply = rt::send(request).await?;
            Ok(
                match reply.status {
                    200 => {
                        UpdateCourseOfferingResponse::Ok(reply.json::<CourseOffering>()?)
                    }
                    400 => {
                        UpdateCourseOfferingResponse::BadRequest(reply.json::<Error>()?)
                    }
                    401 => {
                        UpdateCourseOfferingResponse::Unauthorized {
                            body: reply.json::<Error>()?,
                            headers: MissingTokenHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    403 => {
                        UpdateCourseOfferingResponse::Forbidden(reply.json::<Error>()?)
                    }
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
        ///
        /// Returns `()` on its `204` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`DeleteCourseOfferingError`]; [`Client::delete_course_offering_response`] returns every documented response as data instead.
        pub async fn delete_course_offering(
            &self,
            path: &CourseOfferingsOfferingSidPath,
        ) -> Result<(), rt::Error<DeleteCourseOfferingError>> {
            match self
                .delete_course_offering_response(path)
                .await
                .map_err(rt::ClientError::widen)?
            {
                DeleteCourseOfferingResponse::NoContent => Ok(()),
                DeleteCourseOfferingResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: DeleteCourseOfferingError::BadRequest(body),
                    })
                }
                DeleteCourseOfferingResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: DeleteCourseOfferingError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                DeleteCourseOfferingResponse::Forbidden(body) => {
                    Err(rt::Error::Response {
                        status: 403,
                        error: DeleteCourseOfferingError::Forbidden(body),
                    })
                }
                DeleteCourseOfferingResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: DeleteCourseOfferingError::NotFound(body),
                    })
                }
                DeleteCourseOfferingResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: DeleteCourseOfferingError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// Delete Course Offering
        ///
        /// `DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}` (operationId `deleteCourseOffering`)
        ///
        /// Every documented response, as data: like [`Client::delete_course_offering`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn delete_course_offering_response(
            &self,
            path: &CourseOfferingsOfferingSidPath,
        ) -> Result<DeleteCourseOfferingResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
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
            let mut request = self
                .connection
                .http()
                .request(rt::reqwest::Method::DELETE, url.as_str());
            request = auth.add_headers(request);
            let reply = rt::send(request).await?;
            Ok(
                match reply.status {
                    204 => DeleteCourseOfferingResponse::NoContent,
                    400 => {
                        DeleteCourseOfferingResponse::BadRequest(reply.json::<Error>()?)
                    }
                    401 => {
                        DeleteCourseOfferingResponse::Unauthorized {
                            body: reply.json::<Error>()?,
                            headers: MissingTokenHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    403 => {
                        DeleteCourseOfferingResponse::Forbidden(reply.json::<Error>()?)
                    }
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
    /// Builds a [`Client`]: its base URL, optionally the `reqwest::Client` it sends through, and a credential per security scheme, each set once here and sent with every operation that accepts it. An operation that needs a credential the client does not have returns `rt::Error::MissingCredential` without sending; one that accepts several uses the first the spec lists that is set.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ClientBuilder(rt::ClientSettings);
    impl ClientBuilder {
        /// Sends through `http` (your own `reqwest::Client`: timeouts, TLS, proxies, middleware
        /// built into it) instead of a default one.
        pub fn http(mut self, http: rt::reqwest::Client) -> Self {
            self.0.http(http);
            self
        }
        /// Security scheme `token`: the API key sent in the `token` header, with every operation that accepts it.
        pub fn token(mut self, key: impl Into<String>) -> Self {
            self.0.set(0, key.into());
            self
        }
        /// The client, once the base URL is an absolute `http` or `https` URL without a query,
        /// fragment or password, and every header credential is text a header can hold.
        pub fn build(self) -> Result<Client, rt::BuildError> {
            Ok(Client {
                connection: self.0.build()?,
            })
        }
    }
    /// The error responses `listCourseOfferings` documents (`GET /v1/installs/{installSid}/courseOfferings`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListCourseOfferingsError {
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for ListCourseOfferingsError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::BadRequest(body) => {
                    f.write_str("Bad Request: ")?;
                    rt::show_body(f, body)
                }
                Self::Unauthorized { body, .. } => {
                    f.write_str("Unauthorized: ")?;
                    rt::show_body(f, body)
                }
                Self::Forbidden(body) => {
                    f.write_str("Forbidden: ")?;
                    rt::show_body(f, body)
                }
                Self::NotFound(body) => {
                    f.write_str("Not Found: ")?;
                    rt::show_body(f, body)
                }
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `createCourseOffering` documents (`POST /v1/installs/{installSid}/courseOfferings`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum CreateCourseOfferingError {
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
        /// 413: The request body is larger than this server reads: 2 MiB.
        PayloadTooLarge(Problem),
        /// 415: The request body is not declared as `application/json`, the only media type the operations
        /// take.
        UnsupportedMediaType(Problem),
        /// 422: The body is valid JSON but breaks the request schema (a missing `title` or `matchStrings`, a
        /// wrong type, a `startDate`/`endDate` without a `Z`); the `Problem` points at the offending
        /// value. `INVALIDINPUT` (400) is the code for a body that fails validation, so a server may
        /// answer such a body with 400 instead.
        UnprocessableEntity(Problem),
        /// 507: The store is full: this server holds at most 10,000 course offerings and 64 MiB of their text,
        /// so that creates and updates cannot grow it without bound. Nothing is stored; once offerings
        /// are deleted the same request succeeds.
        InsufficientStorage(Problem),
    }
    impl ::std::fmt::Display for CreateCourseOfferingError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::BadRequest(body) => {
                    f.write_str("Bad Request: ")?;
                    rt::show_body(f, body)
                }
                Self::Unauthorized { body, .. } => {
                    f.write_str("Unauthorized: ")?;
                    rt::show_body(f, body)
                }
                Self::Forbidden(body) => {
                    f.write_str("Forbidden: ")?;
                    rt::show_body(f, body)
                }
                Self::NotFound(body) => {
                    f.write_str("Not Found: ")?;
                    rt::show_body(f, body)
                }
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
                Self::PayloadTooLarge(body) => {
                    f.write_str("Payload Too Large: ")?;
                    rt::show_body(f, body)
                }
                Self::UnsupportedMediaType(body) => {
                    f.write_str("Unsupported Media Type: ")?;
                    rt::show_body(f, body)
                }
                Self::UnprocessableEntity(body) => {
                    f.write_str("Unprocessable Entity: ")?;
                    rt::show_body(f, body)
                }
                Self::InsufficientStorage(body) => {
                    f.write_str("Insufficient Storage: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `getCourseOffering` documents (`GET /v1/installs/{installSid}/courseOfferings/{offeringSid}`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetCourseOfferingError {
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for GetCourseOfferingError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::BadRequest(body) => {
                    f.write_str("Bad Request: ")?;
                    rt::show_body(f, body)
                }
                Self::Unauthorized { body, .. } => {
                    f.write_str("Unauthorized: ")?;
                    rt::show_body(f, body)
                }
                Self::Forbidden(body) => {
                    f.write_str("Forbidden: ")?;
                    rt::show_body(f, body)
                }
                Self::NotFound(body) => {
                    f.write_str("Not Found: ")?;
                    rt::show_body(f, body)
                }
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `updateCourseOffering` documents (`PUT /v1/installs/{installSid}/courseOfferings/{offeringSid}`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum UpdateCourseOfferingError {
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
        /// 413: The request body is larger than this server reads: 2 MiB.
        PayloadTooLarge(Problem),
        /// 415: The request body is not declared as `application/json`, the only media type the operations
        /// take.
        UnsupportedMediaType(Problem),
        /// 422: The body is valid JSON but breaks the request schema (a missing `title` or `matchStrings`, a
        /// wrong type, a `startDate`/`endDate` without a `Z`); the `Problem` points at the offending
        /// value. `INVALIDINPUT` (400) is the code for a body that fails validation, so a server may
        /// answer such a body with 400 instead.
        UnprocessableEntity(Problem),
        /// 507: The store is full: this server holds at most 10,000 course offerings and 64 MiB of their text,
        /// so that creates and updates cannot grow it without bound. Nothing is stored; once offerings
        /// are deleted the same request succeeds.
        InsufficientStorage(Problem),
    }
    impl ::std::fmt::Display for UpdateCourseOfferingError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::BadRequest(body) => {
                    f.write_str("Bad Request: ")?;
                    rt::show_body(f, body)
                }
                Self::Unauthorized { body, .. } => {
                    f.write_str("Unauthorized: ")?;
                    rt::show_body(f, body)
                }
                Self::Forbidden(body) => {
                    f.write_str("Forbidden: ")?;
                    rt::show_body(f, body)
                }
                Self::NotFound(body) => {
                    f.write_str("Not Found: ")?;
                    rt::show_body(f, body)
                }
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
                Self::PayloadTooLarge(body) => {
                    f.write_str("Payload Too Large: ")?;
                    rt::show_body(f, body)
                }
                Self::UnsupportedMediaType(body) => {
                    f.write_str("Unsupported Media Type: ")?;
                    rt::show_body(f, body)
                }
                Self::UnprocessableEntity(body) => {
                    f.write_str("Unprocessable Entity: ")?;
                    rt::show_body(f, body)
                }
                Self::InsufficientStorage(body) => {
                    f.write_str("Insufficient Storage: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `deleteCourseOffering` documents (`DELETE /v1/installs/{installSid}/courseOfferings/{offeringSid}`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum DeleteCourseOfferingError {
        /// 400: `INVALIDINPUT`: the input fails validation, e.g. an `installSid` or `offeringSid` that does
        /// not match its pattern, or a body missing `title` or `matchStrings`.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each invalid input, for a path or query parameter that breaks its schema (a negative `offset`
        /// or `limit`, an unknown `sortKeys` key or `sortOrder`) and for a body that is not valid JSON (a
        /// body that is JSON but breaks the schema is a 422).
        BadRequest(Error),
        /// 401: The request has no `token` header (or an empty one). An invalid or expired token is a 403
        /// (`AUTHENTICATIONFAILED`) instead.
        ///
        /// This server answers it itself, with 401, a `WWW-Authenticate` header and an
        /// `application/problem+json` body (`Problem`).
        Unauthorized { body: Error, headers: MissingTokenHeaders },
        /// 403: `AUTHENTICATIONFAILED`: the token is invalid or expired.
        Forbidden(Error),
        /// 404: `RESOURCENOTFOUND`: a SID does not exist, here an unknown install (`installSid`) or course
        /// offering (`offeringSid`), including one that was deleted.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Error),
        /// 405: The path exists but not with the request's method: anything but `GET` and `POST` on
        /// `/v1/installs/{installSid}/courseOfferings`, anything but `GET`, `PUT` and `DELETE` on
        /// `.../courseOfferings/{offeringSid}`. `HEAD` is served as `GET`.
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for DeleteCourseOfferingError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::BadRequest(body) => {
                    f.write_str("Bad Request: ")?;
                    rt::show_body(f, body)
                }
                Self::Unauthorized { body, .. } => {
                    f.write_str("Unauthorized: ")?;
                    rt::show_body(f, body)
                }
                Self::Forbidden(body) => {
                    f.write_str("Forbidden: ")?;
                    rt::show_body(f, body)
                }
                Self::NotFound(body) => {
                    f.write_str("Not Found: ")?;
                    rt::show_body(f, body)
                }
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
}
pub use client::*;
