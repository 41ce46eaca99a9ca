::specgen_rt::runtime!(pub rt, "0.1", server, client);
/// The types of the spec's schemas, parameters, bodies and responses.
#[allow(clippy::module_inception)]
pub mod types {
    #[allow(unused_imports)]
    use super::rt;
    /// An Offering, as represented in server responses. Any property may be absent. The five dates
    /// are UTC date-times, `YYYY-MM-DDTHH:MM:SSZ`. Newer revisions of the API may send a `summary`
    /// in place of `catalogDescription` and `dashboardDescription`.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "id": "56701a2d2f926674acede4d1ce880692",
    ///   "title": "Principles of Commercial Property Appraisal 2013",
    ///   "createdDate": "2011-02-01T00:02:12Z",
    ///   "beginDate": "2012-05-01T00:00:00Z",
    ///   "endDate": "2013-12-31T23:59:59Z",
    ///   "registrationBeginDate": "2012-05-01T00:00:00Z",
    ///   "registrationEndDate": "2013-12-31T23:59:59Z",
    ///   "catalogDescription": "This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination.",
    ///   "dashboardDescription": "Welcome to your commercial property appraisal course",
    ///   "deliveryDescription": "Commercial Property Appraisal 2013",
    ///   "price": 500.0,
    ///   "offeringCategoryIds": [
    ///     "7822fec62f926674acede4d1c87ea25f",
    ///     "ece5f268697213aef78845b221880692"
    ///   ],
    ///   "tags": [
    ///     "commercial",
    ///     "appraisal",
    ///     "realestate"
    ///   ],
    ///   "orderIndex": 0
    /// }
    /// ```
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Offering {
        /// The offering’s unique identifier value. An offering’s URL in the API is composed of /dc/api/v5/offerings/ followed by this identifier.
        ///
        /// Example: `"56701a2d2f926674acede4d1ce880692"`
        pub id: Option<String>,
        /// The offering title.
        ///
        /// Example: `"Principles of Commercial Property Appraisal 2013"`
        pub title: Option<String>,
        /// This is the date the offering was initially created in DigitalChalk. For more information on the expected date format, see the Date/Time Format reference.
        ///
        /// Example: `"2011-02-01T00:02:12Z"`
        pub created_date: Option<rt::DateTime>,
        /// This is the date users will be able to begin taking the course. For more information on the expected date format, see the Date/Time Format reference.
        ///
        /// Example: `"2012-05-01T00:00:00Z"`
        pub begin_date: Option<rt::DateTime>,
        /// This controls when the offering ends. Any users still taking the course at this time will have their progress halted and a final grade will be calculated and assigned. For more information on the expected date format, see the Date/Time Format reference.
        ///
        /// Example: `"2013-12-31T23:59:59Z"`
        pub end_date: Option<rt::DateTime>,
        /// The date the offering will be made available for registration. For more information on the expected date format, see the Date/Time Format reference.
        ///
        /// Example: `"2012-05-01T00:00:00Z"`
        pub registration_begin_date: Option<rt::DateTime>,
        /// The date the offering will cease to be available for registration. For more information on the expected date format, see the Date/Time Format reference.
        ///
        /// Example: `"2013-12-31T23:59:59Z"`
        pub registration_end_date: Option<rt::DateTime>,
        /// The description of this course in the course catalog. Note that this field corresponds to the Override Catalog Description option from the Offerings screen on the web interface. Therefore, an empty value for this property does not mean the offering will not have a catalog description, only that it will inherit the description from the course. A value for this property simply indicates the catalog description has been modified from what is set on the course.
        ///
        /// Example:
        ///
        /// ```json
        /// "This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination."
        /// ```
        pub catalog_description: Option<String>,
        /// The description of this course on the user’s dashboard view. Note that this field corresponds to the Override Dashboard Description option from the Offerings screen on the web interface. Therefore, an empty value for this property does not mean the offering will not have a dashboard description, only that it will inherit the description from the course. A value for this property simply indicates the dashboard description has been modified from what is set on the course.
        ///
        /// Example: `"Welcome to your commercial property appraisal course"`
        pub dashboard_description: Option<String>,
        /// The description of this course on the course delivery screen. Note that this field corresponds to the Override Delivery Description option from the Offerings screen on the web interface. Therefore, an empty value for this property does not mean the offering will not have a delivery description, only that it will inherit the description from the course. A value for this property simply indicates the delivery description has been modified from what is set on the course.
        ///
        /// Example: `"Commercial Property Appraisal 2013"`
        pub delivery_description: Option<String>,
        /// The amount charged to users to register for the course.
        ///
        /// Example: `500.0`
        pub price: Option<f64>,
        /// This is an array of strings, each of which is an id of an offering category. An offering can belong to many categories, or to no categories at all. For more information, see the Offering Categories documentation.
        ///
        /// Example:
        ///
        /// ```json
        /// [
        ///   "7822fec62f926674acede4d1c87ea25f",
        ///   "ece5f268697213aef78845b221880692"
        /// ]
        /// ```
        pub offering_category_ids: Option<Vec<String>>,
        /// An array of strings representing the tags applied to this offering. Tags are not visible to end-users, only to administrators.
        ///
        /// Example:
        ///
        /// ```json
        /// [
        ///   "commercial",
        ///   "appraisal",
        ///   "realestate"
        /// ]
        /// ```
        pub tags: Option<Vec<String>>,
        /// Determines the order of this offering in the catalog and the user dashboard if custom ordering has been enabled on those screens. The first position has an index value of 0.
        ///
        /// Sent as a JSON integer, e.g. `0`.
        ///
        /// Example: `0`
        pub order_index: Option<i64>,
    }
    rt::object!(
        Offering { opt::id("id"), opt::title("title"), opt::created_date("createdDate"),
        opt::begin_date("beginDate"), opt::end_date("endDate"),
        opt::registration_begin_date("registrationBeginDate"),
        opt::registration_end_date("registrationEndDate"),
        opt::catalog_description("catalogDescription"),
        opt::dashboard_description("dashboardDescription"),
        opt::delivery_description("deliveryDescription"), opt::price("price"),
        opt::offering_category_ids("offeringCategoryIds"), opt::tags("tags"),
        opt::order_index("orderIndex") }
    );
    /// One page of offerings: `results` and the links `next` and `prev`. A link is absent or null
    /// when there is no such page.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OfferingList {
        /// The offerings of this page.
        pub results: Vec<Offering>,
        /// The URL of the next page.
        ///
        /// Example: `"/dc/api/v5/offerings?offset=15&limit=15"`
        pub next: Option<Option<String>>,
        /// The URL of the previous page.
        ///
        /// Example: `"/dc/api/v5/offerings?offset=0&limit=15"`
        pub prev: Option<Option<String>>,
    }
    rt::object!(
        OfferingList { req::results("results"), opt::next("next"), opt::prev("prev") }
    );
    impl OfferingList {
        /// A value with the required properties; the optional ones start absent (`None`), or at their
        /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
        /// to make up the required values.)
        pub fn new(results: Vec<Offering>) -> Self {
            Self {
                results,
                next: None,
                prev: None,
            }
        }
    }
    /// An offering category (read-only): `id`, `name`, `description`, `color` (`#rrggbb`) and
    /// `orderIndex` (a number). Offerings refer to categories by their `offeringCategoryIds`. Any
    /// property may be absent.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "id": "7822fec62f926674acede4d1c87ea25f",
    ///   "name": "Real Estate Appraisal",
    ///   "description": "Courses for commercial and residential appraisers.",
    ///   "color": "#336699",
    ///   "orderIndex": 0
    /// }
    /// ```
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct OfferingCategory {
        /// The offering category's unique identifier value.
        ///
        /// Example: `"7822fec62f926674acede4d1c87ea25f"`
        pub id: Option<String>,
        /// The category's name.
        ///
        /// Example: `"Real Estate Appraisal"`
        pub name: Option<String>,
        /// The category's description.
        ///
        /// Example: `"Courses for commercial and residential appraisers."`
        pub description: Option<String>,
        /// The category's color, `#rrggbb` (upper-case hex digits are accepted too).
        ///
        /// Example: `"#336699"`
        pub color: Option<OfferingCategoryColor>,
        /// The category's position in custom orderings, a JSON number.
        ///
        /// Example: `0`
        pub order_index: Option<f64>,
    }
    rt::object!(
        OfferingCategory { opt::id("id"), opt::name("name"),
        opt::description("description"), opt::color("color"),
        opt::order_index("orderIndex") }
    );
    /// One page of offering categories, shaped as `OfferingList` (see there for the links).
    #[derive(Clone, Debug, PartialEq)]
    pub struct OfferingCategoryList {
        /// The offering categories of this page.
        pub results: Vec<OfferingCategory>,
        /// The URL of the next page.
        ///
        /// Example: `"/dc/api/v5/offeringcategories?offset=15&limit=15"`
        pub next: Option<Option<String>>,
        /// The URL of the previous page.
        ///
        /// Example: `"/dc/api/v5/offeringcategories?offset=0&limit=15"`
        pub prev: Option<Option<String>>,
    }
    rt::object!(
        OfferingCategoryList { req::results("results"), opt::next("next"),
        opt::prev("prev") }
    );
    impl OfferingCategoryList {
        /// A value with the required properties; the optional ones start absent (`None`), or at their
        /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
        /// to make up the required values.)
        pub fn new(results: Vec<OfferingCategory>) -> Self {
            Self {
                results,
                next: None,
                prev: None,
            }
        }
    }
    /// The body of every response with status >= 400: `errors` (an array of messages) and/or
    /// `fieldErrors` (field name to message). Either may be absent.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Errors {
        /// Error messages.
        ///
        /// Example:
        ///
        /// ```json
        /// [
        ///   "No resource exists with the given id."
        /// ]
        /// ```
        pub errors: Option<Vec<String>>,
        /// Error messages by field name (field name to message).
        pub field_errors: Option<::std::collections::BTreeMap<String, String>>,
    }
    rt::object!(Errors { opt::errors("errors"), opt::field_errors("fieldErrors") });
    /// The error body this server sends as `application/problem+json` (RFC 9457) when it refuses a
    /// request before the service handles it: a parameter that breaks this description, a missing
    /// token, a path or method no operation has.
    ///
    /// Example:
    ///
    /// ```json
    /// {
    ///   "type": "about:blank",
    ///   "title": "Bad Request",
    ///   "status": 400,
    ///   "detail": "invalid path parameter `id`",
    ///   "errors": [
    ///     {
    ///       "in": "path",
    ///       "name": "id",
    ///       "constraint": "pattern",
    ///       "message": "\"XYZ\" does not match the pattern `^[a-f0-9]+$`"
    ///     }
    ///   ]
    /// }
    /// ```
    pub type Problem = rt::Problem;
    /// One invalid input in a `Problem`.
    pub type ProblemItem = rt::ProblemItem;
    /// The category's color, `#rrggbb` (upper-case hex digits are accepted too).
    ///
    /// Example: `"#336699"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct OfferingCategoryColor(String);
    rt::checked_string!(OfferingCategoryColor);
    impl OfferingCategoryColor {
        /// Checks a value against this type's constraints: contains a match of `^#[0-9a-fA-F]{6}$`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::test(
                "^#[0-9a-fA-F]{6}$",
                |value| {
                    let b = value.as_bytes();
                    b.len() == 7 && b.first() == Some(&b'#')
                        && b
                            .get(1..7)
                            .is_some_and(|s| s.iter().all(|&c| c.is_ascii_hexdigit()))
                },
            );
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// Only offerings in the offering category with this id (one of their `offeringCategoryIds`). Lowercase hex, as all ids (see the `id` path parameter).
    ///
    /// Example: `"7822fec62f926674acede4d1c87ea25f"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ListOfferingsOfferingCategoryId(String);
    rt::checked_string!(ListOfferingsOfferingCategoryId);
    impl ListOfferingsOfferingCategoryId {
        /// Checks a value against this type's constraints: contains a match of `^[a-f0-9]+$`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::test(
                "^[a-f0-9]+$",
                |value| {
                    let b = value.as_bytes();
                    !b.is_empty()
                        && b.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                },
            );
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// Only offerings that have every tag named here. Several tags are separated by spaces or
    /// commas (`commercial,appraisal`). The value must name at least one tag, i.e. hold a
    /// character that is neither a space nor a comma.
    ///
    /// Example: `"commercial,appraisal"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ListOfferingsTag(String);
    rt::checked_string!(ListOfferingsTag);
    impl ListOfferingsTag {
        /// Checks a value against this type's constraints: contains a match of `[^ ,]`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::linear("[^ ,]", "[^\\x{20},]");
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// Only the offerings open for registration to the user with this id: those whose
    /// registration period (`registrationBeginDate` to `registrationEndDate`) includes the
    /// present and in which the user is not registered yet; none for an unknown id. Lowercase
    /// hex, as all ids (see the `id` path parameter). Also known as `userId`.
    ///
    /// Example: `"3c0ab1e92f926674acede4d1c87e0692"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ListOfferingsStudentId(String);
    rt::checked_string!(ListOfferingsStudentId);
    impl ListOfferingsStudentId {
        /// Checks a value against this type's constraints: contains a match of `^[a-f0-9]+$`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::test(
                "^[a-f0-9]+$",
                |value| {
                    let b = value.as_bytes();
                    !b.is_empty()
                        && b.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                },
            );
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// At most how many items the page holds: 1 to 100, 15 when absent.
    ///
    /// Example: `15`
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Limit(i32);
    rt::checked_number!(Limit, i32);
    impl Limit {
        /// Checks a value against this type's constraints: >= 1, <= 100.
        pub fn check(value: &i32) -> Result<(), rt::ValidationError> {
            let value = *value;
            rt::check::minimum(value, 1)?;
            rt::check::maximum(value, 100)?;
            Ok(())
        }
    }
    impl Default for Limit {
        /// The spec's `default`, `15`.
        fn default() -> Self {
            Self(15i32)
        }
    }
    /// How many items come before the page, zero-based; 0 when absent.
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
    impl Default for Offset {
        /// The spec's `default`, `0`.
        fn default() -> Self {
            Self(0i32)
        }
    }
    /// The query parameters.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ListOfferingsQuery {
        /// Only offerings whose title contains this text, ignoring case.
        pub title: Option<String>,
        /// Only offerings in the offering category with this id (one of their `offeringCategoryIds`). Lowercase hex, as all ids (see the `id` path parameter).
        pub offering_category_id: Option<ListOfferingsOfferingCategoryId>,
        /// Only offerings that have every tag named here. Several tags are separated by spaces or
        /// commas (`commercial,appraisal`). The value must name at least one tag, i.e. hold a
        /// character that is neither a space nor a comma.
        pub tag: Option<ListOfferingsTag>,
        /// Only the offerings created at or after this time. The format is the one of the
        /// offering's `createdDate`.
        pub created_date: Option<rt::DateTime>,
        /// Only the offerings open for registration to the user with this id: those whose
        /// registration period (`registrationBeginDate` to `registrationEndDate`) includes the
        /// present and in which the user is not registered yet; none for an unknown id. Lowercase
        /// hex, as all ids (see the `id` path parameter). Also known as `userId`.
        pub student_id: Option<ListOfferingsStudentId>,
        /// At most how many items the page holds: 1 to 100, 15 when absent.
        ///
        /// Default (when absent): `15`
        pub limit: Limit,
        /// How many items come before the page, zero-based; 0 when absent.
        ///
        /// Default (when absent): `0`
        pub offset: Offset,
    }
    rt::object!(
        ListOfferingsQuery { opt::title("title"),
        opt::offering_category_id("offeringCategoryId"), opt::tag("tag"),
        opt::created_date("createdDate"), opt::student_id("studentId"),
        def::limit("limit", Limit::default()), def::offset("offset", Offset::default()) }
    );
    impl Default for ListOfferingsQuery {
        /// Every property absent (`None`), or at its `default` when the spec gives one.
        fn default() -> Self {
            Self {
                title: None,
                offering_category_id: None,
                tag: None,
                created_date: None,
                student_id: None,
                limit: Limit::default(),
                offset: Offset::default(),
            }
        }
    }
    /// The headers this response documents.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct UnauthorizedHeaders {
        /// The challenge for a bearer token (RFC 6750): `Bearer` when no token came,
        /// `Bearer error="invalid_token"` for a token this server does not know. It may be absent.
        ///
        /// Example: `"Bearer error=\"invalid_token\""`
        pub www_authenticate: Option<String>,
    }
    rt::object!(UnauthorizedHeaders { opt::www_authenticate("WWW-Authenticate") });
    /// The responses of `listOfferings` (`GET /dc/api/v5/offerings`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListOfferingsResponse {
        /// 200: One page of offerings, `{results, next, prev}`.
        Ok(OfferingList),
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    /// The offering’s unique identifier value. An offering’s URL in the API is composed of /dc/api/v5/offerings/ followed by this identifier.
    ///
    /// Lowercase hex digits, usually 32 (some ids have 31).
    ///
    /// Example: `"56701a2d2f926674acede4d1ce880692"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct OfferingId(String);
    rt::checked_string!(OfferingId);
    impl OfferingId {
        /// Checks a value against this type's constraints: contains a match of `^[a-f0-9]+$`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::test(
                "^[a-f0-9]+$",
                |value| {
                    let b = value.as_bytes();
                    !b.is_empty()
                        && b.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                },
            );
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// The path parameters.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetOfferingPath {
        /// The offering’s unique identifier value. An offering’s URL in the API is composed of /dc/api/v5/offerings/ followed by this identifier.
        ///
        /// Lowercase hex digits, usually 32 (some ids have 31).
        pub id: OfferingId,
    }
    rt::object!(GetOfferingPath { req::id("id") });
    impl GetOfferingPath {
        /// A value with the required properties; the optional ones start absent (`None`), or at their
        /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
        /// to make up the required values.)
        pub fn new(id: OfferingId) -> Self {
            Self { id }
        }
    }
    /// The responses of `getOffering` (`GET /dc/api/v5/offerings/{id}`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetOfferingResponse {
        /// 200: The offering, as represented in server responses.
        Ok(Offering),
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 404: No offering or offering category has the given id.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Errors),
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    /// The query parameters.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ListOfferingCategoriesQuery {
        /// At most how many items the page holds: 1 to 100, 15 when absent.
        ///
        /// Default (when absent): `15`
        pub limit: Limit,
        /// How many items come before the page, zero-based; 0 when absent.
        ///
        /// Default (when absent): `0`
        pub offset: Offset,
    }
    rt::object!(
        ListOfferingCategoriesQuery { def::limit("limit", Limit::default()),
        def::offset("offset", Offset::default()) }
    );
    impl Default for ListOfferingCategoriesQuery {
        /// Every property absent (`None`), or at its `default` when the spec gives one.
        fn default() -> Self {
            Self {
                limit: Limit::default(),
                offset: Offset::default(),
            }
        }
    }
    /// The responses of `listOfferingCategories` (`GET /dc/api/v5/offeringcategories`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListOfferingCategoriesResponse {
        /// 200: One page of offering categories, `{results, next, prev}`.
        Ok(OfferingCategoryList),
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    /// The offering category's `id`, one of the values of an offering's `offeringCategoryIds`.
    /// Lowercase hex digits, usually 32 (some ids have 31).
    ///
    /// Example: `"7822fec62f926674acede4d1c87ea25f"`
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct OfferingCategoryId(String);
    rt::checked_string!(OfferingCategoryId);
    impl OfferingCategoryId {
        /// Checks a value against this type's constraints: contains a match of `^[a-f0-9]+$`.
        pub fn check(value: &str) -> Result<(), rt::ValidationError> {
            static PATTERN: rt::Pattern = rt::Pattern::test(
                "^[a-f0-9]+$",
                |value| {
                    let b = value.as_bytes();
                    !b.is_empty()
                        && b.iter().all(|&c| matches!(c, b'0'..= b'9' | b'a'..= b'f'))
                },
            );
            rt::check::pattern(value, &PATTERN)?;
            Ok(())
        }
    }
    /// The path parameters.
    #[derive(Clone, Debug, PartialEq)]
    pub struct GetOfferingCategoryPath {
        /// The offering category's `id`, one of the values of an offering's `offeringCategoryIds`.
        /// Lowercase hex digits, usually 32 (some ids have 31).
        pub id: OfferingCategoryId,
    }
    rt::object!(GetOfferingCategoryPath { req::id("id") });
    impl GetOfferingCategoryPath {
        /// A value with the required properties; the optional ones start absent (`None`), or at their
        /// `default` when the spec gives one: set them by name afterwards. (No `Default`: it would have
        /// to make up the required values.)
        pub fn new(id: OfferingCategoryId) -> Self {
            Self { id }
        }
    }
    /// The responses of `getOfferingCategory` (`GET /dc/api/v5/offeringcategories/{id}`) that the spec documents.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetOfferingCategoryResponse {
        /// 200: The offering category.
        Ok(OfferingCategory),
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 404: No offering or offering category has the given id.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Errors),
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    /// Credential of the `bearer` security scheme. Sent as `Authorization: Bearer <token>`.
    ///
    /// Requests send `Authorization: Bearer <token>`. The token is copied from the web application
    /// (My Account > API tab), is long-lived and has its owner's permissions. There is no endpoint
    /// that issues tokens.
    #[derive(Clone, PartialEq, Eq, Hash)]
    pub struct Bearer(pub String);
    impl ::std::fmt::Debug for Bearer {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str("Bearer(***)")
        }
    }
}
pub use types::*;
/// The route trait and the axum router that serves it.
#[allow(clippy::module_inception)]
pub mod server {
    #[allow(unused_imports)]
    use super::*;
    impl rt::axum::response::IntoResponse for ListOfferingsResponse {
        fn into_response(self) -> rt::axum::response::Response {
            match self {
                Self::Ok(body) => rt::json(200, "application/json", &body),
                Self::BadRequest(body) => rt::json(400, "application/json", &body),
                Self::Unauthorized { body, headers } => {
                    let mut response = rt::json(401, "application/json", &body);
                    headers.insert_into(response.headers_mut());
                    response
                }
                Self::MethodNotAllowed(body) => {
                    rt::json(405, "application/problem+json", &body)
                }
            }
        }
    }
    impl rt::axum::response::IntoResponse for GetOfferingResponse {
        fn into_response(self) -> rt::axum::response::Response {
            match self {
                Self::Ok(body) => rt::json(200, "application/json", &body),
                Self::BadRequest(body) => rt::json(400, "application/json", &body),
                Self::Unauthorized { body, headers } => {
                    let mut response = rt::json(401, "application/json", &body);
                    headers.insert_into(response.headers_mut());
                    response
                }
                Self::NotFound(body) => rt::json(404, "application/json", &body),
                Self::MethodNotAllowed(body) => {
                    rt::json(405, "application/problem+json", &body)
                }
            }
        }
    }
    impl rt::axum::response::IntoResponse for ListOfferingCategoriesResponse {
        fn into_response(self) -> rt::axum::response::Response {
            match self {
                Self::Ok(body) => rt::json(200, "application/json", &body),
                Self::BadRequest(body) => rt::json(400, "application/json", &body),
                Self::Unauthorized { body, headers } => {
                    let mut response = rt::json(401, "application/json", &body);
                    headers.insert_into(response.headers_mut());
                    response
                }
                Self::MethodNotAllowed(body) => {
                    rt::json(405, "application/problem+json", &body)
                }
            }
        }
    }
    impl rt::axum::response::IntoResponse for GetOfferingCategoryResponse {
        fn into_response(self) -> rt::axum::response::Response {
            match self {
                Self::Ok(body) => rt::json(200, "application/json", &body),
                Self::BadRequest(body) => rt::json(400, "application/json", &body),
                Self::Unauthorized { body, headers } => {
                    let mut response = rt::json(401, "application/json", &body);
                    headers.insert_into(response.headers_mut());
                    response
                }
                Self::NotFound(body) => rt::json(404, "application/json", &body),
                Self::MethodNotAllowed(body) => {
                    rt::json(405, "application/problem+json", &body)
                }
            }
        }
    }
    impl UnauthorizedHeaders {
        /// Adds every header that has a value to a response's headers.
        pub fn insert_into(&self, headers: &mut rt::axum::http::HeaderMap) {
            if let Some(value) = &self.www_authenticate {
                rt::set_header(headers, "WWW-Authenticate", value.to_string());
            }
        }
    }
    /// DigitalChalk API (version v5).
    ///
    /// DigitalChalk API v5, read-only: the offerings (schema `Offering`) and the offering categories they
    /// belong to.
    ///
    /// An offering's URL in the API is composed of `/dc/api/v5/offerings/` followed by the offering's
    /// identifier; `GET` on it returns the offering, or 404 when no offering has that id. `GET
    /// /dc/api/v5/offerings` lists offerings, filtered by `title`, `offeringCategoryId`, `tag`,
    /// `createdDate` and `studentId`. The offering categories (`/dc/api/v5/offeringcategories`, list and
    /// get) are those an offering's `offeringCategoryIds` refer to. Offerings cannot be created, updated
    /// or deleted through the API.
    ///
    /// The API is served over HTTPS only, at `https://api.digitalchalk.com/dc/api/v5`, and speaks JSON
    /// only. Requests authenticate with a bearer token (`Authorization: Bearer <token>`). Every
    /// collection is paged with `limit` (default 15, at most 100) and a zero-based `offset`, and answers
    /// `{results, next, prev}`. Errors have a status >= 400 and an `Errors` body (`{errors,
    /// fieldErrors}`).
    ///
    /// Before a request reaches the service, this server checks it against this description and answers
    /// what it refuses with an `application/problem+json` body (RFC 9457, schema `Problem`): 400 for a
    /// malformed parameter, 401 without a token, 404 for a path no operation has, 405 for a method other
    /// than `GET` or `HEAD`. Responses carry links from a listed offering to its get, and from an
    /// offering to its first category.
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
    pub trait DigitalChalkApi: Send + Sync + 'static {
        /// Who a request comes from, as the `authenticate_*` methods find it from its credential;
        /// the methods of operations with security receive it.
        type Principal: Send + Sync + 'static;
        /// Authenticates a credential of the `bearer` security scheme, before the method of an operation
        /// that accepts it runs.
        ///
        /// `scopes` are those the operation's requirement lists for the scheme (OAuth2 and OpenID
        /// Connect scopes; empty for most schemes). `Err` answers the request:
        /// [`rt::AuthError::unauthorized`] a 401 with the scheme's `WWW-Authenticate` challenge,
        /// [`rt::AuthError::forbidden`] a 403. The router answers a request without the credential
        /// 401 itself, without calling this.
        fn authenticate_bearer(
            &self,
            credential: Bearer,
            scopes: &[&str],
            cx: &rt::RequestContext,
        ) -> impl ::std::future::Future<
            Output = Result<Self::Principal, rt::AuthError>,
        > + Send;
        /// List offerings
        ///
        /// `GET /dc/api/v5/offerings` (operationId `listOfferings`)
        ///
        /// Lists the offerings, a page at a time (`limit`, `offset`), optionally filtered. The filters
        /// combine: an offering is listed only when it passes each filter given.
        fn list_offerings(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            query: ListOfferingsQuery,
        ) -> impl ::std::future::Future<Output = ListOfferingsResponse> + Send;
        /// Get an offering
        ///
        /// `GET /dc/api/v5/offerings/{id}` (operationId `getOffering`)
        ///
        /// Returns the offering whose identifier is `id`, or 404 when no offering has that id.
        ///
        /// An offering's URL in the API is composed of /dc/api/v5/offerings/ followed by this
        /// identifier.
        fn get_offering(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: GetOfferingPath,
        ) -> impl ::std::future::Future<Output = GetOfferingResponse> + Send;
        /// List offering categories
        ///
        /// `GET /dc/api/v5/offeringcategories` (operationId `listOfferingCategories`)
        ///
        /// Lists the offering categories, a page at a time (`limit`, `offset`, as every collection).
        fn list_offering_categories(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            query: ListOfferingCategoriesQuery,
        ) -> impl ::std::future::Future<Output = ListOfferingCategoriesResponse> + Send;
        /// Get an offering category
        ///
        /// `GET /dc/api/v5/offeringcategories/{id}` (operationId `getOfferingCategory`)
        ///
        /// Returns the offering category whose identifier is `id`, one of the ids an offering's
        /// `offeringCategoryIds` holds, or 404 for an unknown id.
        fn get_offering_category(
            &self,
            cx: rt::RequestContext,
            principal: Self::Principal,
            path: GetOfferingCategoryPath,
        ) -> impl ::std::future::Future<Output = GetOfferingCategoryResponse> + Send;
    }
    /// An axum router serving every operation of [`DigitalChalkApi`]: it authenticates (401 without credentials; the `authenticate_*` methods' 401 or 403), checks parameters (400), the body's media type (415), size (413) and schema (400 when not JSON, 422 when it breaks the schema), answers unknown paths with 404 and unknown methods with 405, all as `application/problem+json`, and calls `api` only with valid input.
    pub fn router<A: DigitalChalkApi>(api: ::std::sync::Arc<A>) -> rt::axum::Router {
        rt::axum::Router::new()
            .route(
                "/dc/api/v5/offerings",
                rt::axum::routing::get(handlers::list_offerings::<A>),
            )
            .route(
                "/dc/api/v5/offerings/{id}",
                rt::axum::routing::get(handlers::get_offering::<A>),
            )
            .route(
                "/dc/api/v5/offeringcategories",
                rt::axum::routing::get(handlers::list_offering_categories::<A>),
            )
            .route(
                "/dc/api/v5/offeringcategories/{id}",
                rt::axum::routing::get(handlers::get_offering_category::<A>),
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
        pub(super) async fn list_offerings<A: DigitalChalkApi>(
            rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            let (parts, _) = request.into_parts();
            let query_raw = match rt::query_raw(parts.uri.query()) {
                Ok(pairs) => pairs,
                Err(problem) => return problem.into_response(),
            };
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::bearer(cx.headers())
                .map(Bearer)
            {
                match <A as DigitalChalkApi>::authenticate_bearer(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("Bearer"),
                }
            } else {
                return rt::unauthorized("a bearer token", "Bearer")
            };
            let mut problems = rt::Problems::default();
            let title = problems
                .styled(
                    "query",
                    "title",
                    rt::param::read_query(
                        &query_raw,
                        "title",
                        rt::Style::Form,
                        true,
                        rt::Shape::Scalar,
                        &[],
                    ),
                    rt::Presence::Optional,
                    rt::scalar::<String>,
                );
            let offering_category_id = problems
                .styled(
                    "query",
                    "offeringCategoryId",
                    rt::param::read_query(
                        &query_raw,
                        "offeringCategoryId",
                        rt::Style::Form,
                        true,
                        rt::Shape::Scalar,
                        &[],
                    ),
                    rt::Presence::Optional,
                    rt::scalar::<ListOfferingsOfferingCategoryId>,
                );
            let tag = problems
                .styled(
                    "query",
                    "tag",
                    rt::param::read_query(
                        &query_raw,
                        "tag",
                        rt::Style::Form,
                        true,
                        rt::Shape::Scalar,
                        &[],
                    ),
                    rt::Presence::Optional,
                    rt::scalar::<ListOfferingsTag>,
                );
            let created_date = problems
                .styled(
                    "query",
                    "createdDate",
                    rt::param::read_query(
                        &query_raw,
                        "createdDate",
                        rt::Style::Form,
                        true,
                        rt::Shape::Scalar,
                        &[],
                    ),
                    rt::Presence::Optional,
                    rt::scalar::<rt::DateTime>,
                );
            let student_id = problems
                .styled(
                    "query",
                    "studentId",
                    rt::param::read_query(
                        &query_raw,
                        "studentId",
                        rt::Style::Form,
                        true,
                        rt::Shape::Scalar,
                        &[],
                    ),
                    rt::Presence::Optional,
                    rt::scalar::<ListOfferingsStudentId>,
                );
            let limit = problems
                .defaulted(
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
                    Limit::default(),
                );
            let offset = problems
                .defaulted(
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
                    Offset::default(),
                );
            if let Some(problem) = problems.finish() {
                return problem.into_response();
            }
            let (Some(limit), Some(offset)) = (limit, offset) else {
                return rt::internal_error()
            };
            let query = ListOfferingsQuery {
                title,
                offering_category_id,
                tag,
                created_date,
                student_id,
                limit,
                offset,
            };
            ::std::mem::drop(query_raw);
            <A as DigitalChalkApi>::list_offerings(&api, cx, principal, query)
                .await
                .into_response()
        }
        pub(super) async fn get_offering<A: DigitalChalkApi>(
            rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            let (mut parts, _) = request.into_parts();
            let path_params = match rt::path_params(&mut parts).await {
                Ok(params) => params,
                Err(response) => return response,
            };
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::bearer(cx.headers())
                .map(Bearer)
            {
                match <A as DigitalChalkApi>::authenticate_bearer(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("Bearer"),
                }
            } else {
                return rt::unauthorized("a bearer token", "Bearer")
            };
            let mut problems = rt::Problems::default();
            let id = problems
                .styled(
                    "path",
                    "id",
                    rt::path_wire(
                        rt::path_value(&path_params, "id"),
                        "id",
                        rt::Style::Simple,
                        false,
                        rt::Shape::Scalar,
                    ),
                    rt::Presence::Required,
                    rt::scalar::<OfferingId>,
                );
            if let Some(problem) = problems.finish() {
                return problem.into_response();
            }
            let Some(id) = id else { return rt::internal_error() };
            let path = GetOfferingPath { id };
            ::std::mem::drop(path_params);
            <A as DigitalChalkApi>::get_offering(&api, cx, principal, path)
                .await
                .into_response()
        }
        pub(super) async fn list_offering_categories<A: DigitalChalkApi>(
            rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            let (parts, _) = request.into_parts();
            let query_raw = match rt::query_raw(parts.uri.query()) {
                Ok(pairs) => pairs,
                Err(problem) => return problem.into_response(),
            };
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::bearer(cx.headers())
                .map(Bearer)
            {
                match <A as DigitalChalkApi>::authenticate_bearer(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("Bearer"),
                }
            } else {
                return rt::unauthorized("a bearer token", "Bearer")
            };
            let mut problems = rt::Problems::default();
            let limit = problems
                .defaulted(
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
                    Limit::default(),
                );
            let offset = problems
                .defaulted(
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
                    Offset::default(),
                );
            if let Some(problem) = problems.finish() {
                return problem.into_response();
            }
            let (Some(limit), Some(offset)) = (limit, offset) else {
                return rt::internal_error()
            };
            let query = ListOfferingCategoriesQuery {
                limit,
                offset,
            };
            ::std::mem::drop(query_raw);
            <A as DigitalChalkApi>::list_offering_categories(&api, cx, principal, query)
                .await
                .into_response()
        }
        pub(super) async fn get_offering_category<A: DigitalChalkApi>(
            rt::axum::extract::State(api): rt::axum::extract::State<::std::sync::Arc<A>>,
            request: rt::axum::extract::Request,
        ) -> rt::axum::response::Response {
            let (mut parts, _) = request.into_parts();
            let path_params = match rt::path_params(&mut parts).await {
                Ok(params) => params,
                Err(response) => return response,
            };
            let cx = rt::RequestContext::new(parts);
            let principal = if let Some(credential_0) = rt::bearer(cx.headers())
                .map(Bearer)
            {
                match <A as DigitalChalkApi>::authenticate_bearer(
                        &api,
                        credential_0,
                        &[],
                        &cx,
                    )
                    .await
                {
                    Ok(principal) => principal,
                    Err(refused) => return refused.respond("Bearer"),
                }
            } else {
                return rt::unauthorized("a bearer token", "Bearer")
            };
            let mut problems = rt::Problems::default();
            let id = problems
                .styled(
                    "path",
                    "id",
                    rt::path_wire(
                        rt::path_value(&path_params, "id"),
                        "id",
                        rt::Style::Simple,
                        false,
                        rt::Shape::Scalar,
                    ),
                    rt::Presence::Required,
                    rt::scalar::<OfferingCategoryId>,
                );
            if let Some(problem) = problems.finish() {
                return problem.into_response();
            }
            let Some(id) = id else { return rt::internal_error() };
            let path = GetOfferingCategoryPath { id };
            ::std::mem::drop(path_params);
            <A as DigitalChalkApi>::get_offering_category(&api, cx, principal, path)
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
    /// A client for DigitalChalk API.
    ///
    /// One method per operation, taking the spec's types (already checked).
    ///
    /// Each operation has two methods. The common one ([`Client::list_offerings`]) returns the success body on a 2xx response and `Err` on anything else: a documented error response is `Err(rt::Error::Response { status, error })` with the operation's error enum ([`ListOfferingsError`]), so `?` stops on it and `match` reads its typed body. The `*_response` one ([`Client::list_offerings_response`]) returns every documented response as data (the response enum of the route trait), for callers that treat a 404 as an answer. A status the spec does not document is `Err` from both.
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
                rt::CredentialSlot::header("bearer", "authorization"),
            ];
            ClientBuilder(rt::ClientSettings::new(base_url, SCHEMES))
        }
        /// List offerings
        ///
        /// `GET /dc/api/v5/offerings` (operationId `listOfferings`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`ListOfferingsError`]; [`Client::list_offerings_response`] returns every documented response as data instead.
        pub async fn list_offerings(
            &self,
            query: &ListOfferingsQuery,
        ) -> Result<OfferingList, rt::Error<ListOfferingsError>> {
            match self
                .list_offerings_response(query)
                .await
                .map_err(rt::ClientError::widen)?
            {
                ListOfferingsResponse::Ok(body) => Ok(body),
                ListOfferingsResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: ListOfferingsError::BadRequest(body),
                    })
                }
                ListOfferingsResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: ListOfferingsError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                ListOfferingsResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: ListOfferingsError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// List offerings
        ///
        /// `GET /dc/api/v5/offerings` (operationId `listOfferings`)
        ///
        /// Every documented response, as data: like [`Client::list_offerings`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn list_offerings_response(
            &self,
            query: &ListOfferingsQuery,
        ) -> Result<ListOfferingsResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
            url.push_str("/dc/api/v5/offerings");
            let query_params = query;
            let mut query = rt::Query::default();
            if let Some(value) = &query_params.title {
                query
                    .push_styled(
                        "title",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            if let Some(value) = &query_params.offering_category_id {
                query
                    .push_styled(
                        "offeringCategoryId",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            if let Some(value) = &query_params.tag {
                query
                    .push_styled(
                        "tag",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            if let Some(value) = &query_params.created_date {
                query
                    .push_styled(
                        "createdDate",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            if let Some(value) = &query_params.student_id {
                query
                    .push_styled(
                        "studentId",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            {
                let value = &query_params.limit;
                query
                    .push_styled(
                        "limit",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            {
                let value = &query_params.offset;
                query
                    .push_styled(
                        "offset",
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
                    200 => ListOfferingsResponse::Ok(reply.json::<OfferingList>()?),
                    400 => ListOfferingsResponse::BadRequest(reply.json::<Errors>()?),
                    401 => {
                        ListOfferingsResponse::Unauthorized {
                            body: reply.json::<Errors>()?,
                            headers: UnauthorizedHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    405 => {
                        ListOfferingsResponse::MethodNotAllowed(reply.json::<Problem>()?)
                    }
                    _ => return Err(reply.unexpected()),
                },
            )
        }
        /// Get an offering
        ///
        /// `GET /dc/api/v5/offerings/{id}` (operationId `getOffering`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`GetOfferingError`]; [`Client::get_offering_response`] returns every documented response as data instead.
        pub async fn get_offering(
            &self,
            path: &GetOfferingPath,
        ) -> Result<Offering, rt::Error<GetOfferingError>> {
            match self.get_offering_response(path).await.map_err(rt::ClientError::widen)?
            {
                GetOfferingResponse::Ok(body) => Ok(body),
                GetOfferingResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: GetOfferingError::BadRequest(body),
                    })
                }
                GetOfferingResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: GetOfferingError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                GetOfferingResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: GetOfferingError::NotFound(body),
                    })
                }
                GetOfferingResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: GetOfferingError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// Get an offering
        ///
        /// `GET /dc/api/v5/offerings/{id}` (operationId `getOffering`)
        ///
        /// Every documented response, as data: like [`Client::get_offering`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn get_offering_response(
            &self,
            path: &GetOfferingPath,
        ) -> Result<GetOfferingResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
            url.push_str("/dc/api/v5/offerings/");
            {
                let value = &path.id;
                url.push_str(
                    &rt::param::write_path(
                        "id",
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
                    200 => GetOfferingResponse::Ok(reply.json::<Offering>()?),
                    400 => GetOfferingResponse::BadRequest(reply.json::<Errors>()?),
                    401 => {
                        GetOfferingResponse::Unauthorized {
                            body: reply.json::<Errors>()?,
                            headers: UnauthorizedHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    404 => GetOfferingResponse::NotFound(reply.json::<Errors>()?),
                    405 => {
                        GetOfferingResponse::MethodNotAllowed(reply.json::<Problem>()?)
                    }
                    _ => return Err(reply.unexpected()),
                },
            )
        }
        /// List offering categories
        ///
        /// `GET /dc/api/v5/offeringcategories` (operationId `listOfferingCategories`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`ListOfferingCategoriesError`]; [`Client::list_offering_categories_response`] returns every documented response as data instead.
        pub async fn list_offering_categories(
            &self,
            query: &ListOfferingCategoriesQuery,
        ) -> Result<OfferingCategoryList, rt::Error<ListOfferingCategoriesError>> {
            match self
                .list_offering_categories_response(query)
                .await
                .map_err(rt::ClientError::widen)?
            {
                ListOfferingCategoriesResponse::Ok(body) => Ok(body),
                ListOfferingCategoriesResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: ListOfferingCategoriesError::BadRequest(body),
                    })
                }
                ListOfferingCategoriesResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: ListOfferingCategoriesError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                ListOfferingCategoriesResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: ListOfferingCategoriesError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// List offering categories
        ///
        /// `GET /dc/api/v5/offeringcategories` (operationId `listOfferingCategories`)
        ///
        /// Every documented response, as data: like [`Client::list_offering_categories`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn list_offering_categories_response(
            &self,
            query: &ListOfferingCategoriesQuery,
        ) -> Result<ListOfferingCategoriesResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
            url.push_str("/dc/api/v5/offeringcategories");
            let query_params = query;
            let mut query = rt::Query::default();
            {
                let value = &query_params.limit;
                query
                    .push_styled(
                        "limit",
                        rt::Style::Form,
                        true,
                        false,
                        &rt::Wire::Scalar(value.to_string()),
                    );
            }
            {
                let value = &query_params.offset;
                query
                    .push_styled(
                        "offset",
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
                        ListOfferingCategoriesResponse::Ok(
                            reply.json::<OfferingCategoryList>()?,
                        )
                    }
                    400 => {
                        ListOfferingCategoriesResponse::BadRequest(
                            reply.json::<Errors>()?,
                        )
                    }
                    401 => {
                        ListOfferingCategoriesResponse::Unauthorized {
                            body: reply.json::<Errors>()?,
                            headers: UnauthorizedHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    405 => {
                        ListOfferingCategoriesResponse::MethodNotAllowed(
                            reply.json::<Problem>()?,
                        )
                    }
                    _ => return Err(reply.unexpected()),
                },
            )
        }
        /// Get an offering category
        ///
        /// `GET /dc/api/v5/offeringcategories/{id}` (operationId `getOfferingCategory`)
        ///
        /// Returns the body of its `200` response. A documented error response is `Err(rt::Error::Response { status, error })` with [`GetOfferingCategoryError`]; [`Client::get_offering_category_response`] returns every documented response as data instead.
        pub async fn get_offering_category(
            &self,
            path: &GetOfferingCategoryPath,
        ) -> Result<OfferingCategory, rt::Error<GetOfferingCategoryError>> {
            match self
                .get_offering_category_response(path)
                .await
                .map_err(rt::ClientError::widen)?
            {
                GetOfferingCategoryResponse::Ok(body) => Ok(body),
                GetOfferingCategoryResponse::BadRequest(body) => {
                    Err(rt::Error::Response {
                        status: 400,
                        error: GetOfferingCategoryError::BadRequest(body),
                    })
                }
                GetOfferingCategoryResponse::Unauthorized { body, headers } => {
                    Err(rt::Error::Response {
                        status: 401,
                        error: GetOfferingCategoryError::Unauthorized {
                            body,
                            headers,
                        },
                    })
                }
                GetOfferingCategoryResponse::NotFound(body) => {
                    Err(rt::Error::Response {
                        status: 404,
                        error: GetOfferingCategoryError::NotFound(body),
                    })
                }
                GetOfferingCategoryResponse::MethodNotAllowed(body) => {
                    Err(rt::Error::Response {
                        status: 405,
                        error: GetOfferingCategoryError::MethodNotAllowed(body),
                    })
                }
            }
        }
        /// Get an offering category
        ///
        /// `GET /dc/api/v5/offeringcategories/{id}` (operationId `getOfferingCategory`)
        ///
        /// Every documented response, as data: like [`Client::get_offering_category`], but a documented error response is `Ok` too. `Err` is what the spec does not document, a missing credential, or a failure to send or read.
        pub async fn get_offering_category_response(
            &self,
            path: &GetOfferingCategoryPath,
        ) -> Result<GetOfferingCategoryResponse, rt::ClientError> {
            let auth = self.connection.credentials(&[&[0]])?;
            let mut url = self.connection.base_url().to_owned();
            url.push_str("/dc/api/v5/offeringcategories/");
            {
                let value = &path.id;
                url.push_str(
                    &rt::param::write_path(
                        "id",
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
                    200 => {
                        GetOfferingCategoryResponse::Ok(
                            reply.json::<OfferingCategory>()?,
                        )
                    }
                    400 => {
                        GetOfferingCategoryResponse::BadRequest(reply.json::<Errors>()?)
                    }
                    401 => {
                        GetOfferingCategoryResponse::Unauthorized {
                            body: reply.json::<Errors>()?,
                            headers: UnauthorizedHeaders {
                                www_authenticate: rt::header::<
                                    String,
                                >(&reply.headers, "WWW-Authenticate")?,
                            },
                        }
                    }
                    404 => GetOfferingCategoryResponse::NotFound(reply.json::<Errors>()?),
                    405 => {
                        GetOfferingCategoryResponse::MethodNotAllowed(
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
        /// Security scheme `bearer`: the token sent as `Authorization: Bearer <token>`, with every operation that accepts it.
        pub fn bearer(mut self, token: impl AsRef<str>) -> Self {
            self.0.set(0, rt::bearer_credential(token.as_ref()));
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
    /// The error responses `listOfferings` documents (`GET /dc/api/v5/offerings`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListOfferingsError {
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for ListOfferingsError {
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
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `getOffering` documents (`GET /dc/api/v5/offerings/{id}`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetOfferingError {
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 404: No offering or offering category has the given id.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Errors),
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for GetOfferingError {
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
    /// The error responses `listOfferingCategories` documents (`GET /dc/api/v5/offeringcategories`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum ListOfferingCategoriesError {
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for ListOfferingCategoriesError {
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
                Self::MethodNotAllowed(body) => {
                    f.write_str("Method Not Allowed: ")?;
                    rt::show_body(f, body)
                }
            }
        }
    }
    /// The error responses `getOfferingCategory` documents (`GET /dc/api/v5/offeringcategories/{id}`): what its common client method returns in `Err(rt::Error::Response { status, error })`. `Display` gives the reason phrase (or description) and the body.
    #[derive(Clone, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)]
    pub enum GetOfferingCategoryError {
        /// 400: A parameter is invalid, answered with an `Errors` body.
        ///
        /// This server answers 400 itself, with an `application/problem+json` body (`Problem`) naming
        /// each parameter, when a parameter breaks its schema: an `id`, `offeringCategoryId` or
        /// `studentId` that is not lowercase hex, a `limit` under 1 or over 100, a negative `offset`, a
        /// `createdDate` that is not a date-time, a `tag` without a tag.
        BadRequest(Errors),
        /// 401: The bearer token is missing or invalid.
        ///
        /// This server answers a request without a bearer token itself, with 401, a
        /// `WWW-Authenticate: Bearer` header and an `application/problem+json` body (`Problem`).
        Unauthorized { body: Errors, headers: UnauthorizedHeaders },
        /// 404: No offering or offering category has the given id.
        ///
        /// This server also answers 404 itself for a path that no operation has, with an
        /// `application/problem+json` body (`Problem`).
        NotFound(Errors),
        /// 405: The path exists but not with the request's method: anything but `GET` and `HEAD`, since the
        /// API is read-only. (No operation takes a request body, so this server never answers 413, 415
        /// or 422 here.)
        MethodNotAllowed(Problem),
    }
    impl ::std::fmt::Display for GetOfferingCategoryError {
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
