::specgen_rt::runtime!(pub rt, "0.1", server, client);
/// An Offering, as represented in server responses (seed page "Example Offering Object", last
/// modified on February 12, 2014 at 5:22 pm). All 14 properties of the page's "Property Details"
/// table are here, with the table's descriptions verbatim; the schema's example is the page's
/// example object, verbatim. The page does not say which properties are always present, so none
/// is marked required.
///
/// Typing notes: the table types `orderIndex` as "string" but the example and the text show an
/// integer (see `orderIndex`). The five dates are typed `date-time` from the page's example
/// values (UTC, `YYYY-MM-DDTHH:MM:SSZ`, matching RELATED-FACTS); the page itself defers to its
/// Date/Time Format reference.
///
/// Not on the seed page; from RELATED-FACTS: a newer revision of the Offering page replaces
/// `catalogDescription` and `dashboardDescription` with `summary`.
///
/// Example: `{"id":"56701a2d2f926674acede4d1ce880692","title":"Principles of Commercial Property Appraisal 2013","createdDate":"2011-02-01T00:02:12Z","beginDate":"2012-05-01T00:00:00Z","endDate":"2013-12-31T23:59:59Z","registrationBeginDate":"2012-05-01T00:00:00Z","registrationEndDate":"2013-12-31T23:59:59Z","catalogDescription":"This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination.","dashboardDescription":"Welcome to your commercial property appraisal course","deliveryDescription":"Commercial Property Appraisal 2013","price":500.0,"offeringCategoryIds":["7822fec62f926674acede4d1c87ea25f","ece5f268697213aef78845b221880692"],"tags":["commercial","appraisal","realestate"],"orderIndex":0}`
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
    /// Example: `"This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination."`
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
    /// Example: `["7822fec62f926674acede4d1c87ea25f","ece5f268697213aef78845b221880692"]`
    pub offering_category_ids: Option<Vec<String>>,
    /// An array of strings representing the tags applied to this offering. Tags are not visible to end-users, only to administrators.
    ///
    /// Example: `["commercial","appraisal","realestate"]`
    pub tags: Option<Vec<String>>,
    /// Determines the order of this offering in the catalog and the user dashboard if custom ordering has been enabled on those screens. The first position has an index value of 0.
    ///
    /// Contradiction on the seed page: its property table types `orderIndex` as "string", but the
    /// page's example object sends `"orderIndex" : 0` (a JSON number) and the text above speaks of
    /// an index value of 0. Typed here as what the server sends, an integer. (RELATED-FACTS: the
    /// vendor documents the offering categories' `orderIndex` as a number too.)
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
/// Not on the seed page; from RELATED-FACTS (paging on every collection): one page of
/// offerings, an object with `results` and the links `next` and `prev`. Whether the links are
/// absent or null when there is no such page is not documented, so both are optional and
/// nullable; the demo server leaves them out.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferingList {
    /// The offerings of this page, each as in the seed page's "Example Offering Object".
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
/// Not on the seed page; from RELATED-FACTS: an offering category (read-only), with the
/// documented `id`, `name`, `description`, `color` (`#rrggbb`) and `orderIndex` (a number).
/// Offerings refer to categories by their `offeringCategoryIds`. Which properties are always
/// present is not documented, so none is marked required. The examples are illustrative,
/// except `id`, the first of the seed page's `offeringCategoryIds`.
///
/// Example: `{"id":"7822fec62f926674acede4d1c87ea25f","name":"Real Estate Appraisal","description":"Courses for commercial and residential appraisers.","color":"#336699","orderIndex":0}`
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
    /// The category's color, `#rrggbb` (RELATED-FACTS; upper-case hex digits are accepted too).
    ///
    /// Example: `"#336699"`
    pub color: Option<OfferingCategoryColor>,
    /// The category's position in custom orderings. Documented as a number (RELATED-FACTS), not as a string like the Offering's `orderIndex` on the seed page.
    ///
    /// Example: `0`
    pub order_index: Option<f64>,
}
rt::object!(
    OfferingCategory { opt::id("id"), opt::name("name"), opt::description("description"),
    opt::color("color"), opt::order_index("orderIndex") }
);
/// Not on the seed page; from RELATED-FACTS (paging on every collection): one page of offering
/// categories, shaped as `OfferingList` (see there for the links).
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
    OfferingCategoryList { req::results("results"), opt::next("next"), opt::prev("prev")
    }
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
/// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): a response with
/// status >= 400 has a JSON body holding `errors` (an array of messages) and/or `fieldErrors`
/// (field name to message). Either may be absent, so neither is marked required.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Errors {
    /// Error messages.
    ///
    /// Example: `["No resource exists with the given id."]`
    pub errors: Option<Vec<String>>,
    /// Error messages by field name (field name to message).
    pub field_errors: Option<::std::collections::BTreeMap<String, String>>,
}
rt::object!(Errors { opt::errors("errors"), opt::field_errors("fieldErrors") });
/// Not on the seed page and not from the vendor: the error body that a specgen-generated server
/// (the axum router `specgen generate` writes from this spec) sends by itself, before the
/// service code runs, as `application/problem+json` (RFC 9457). It is documented here so that
/// every response such a server can send is described (checked with schemathesis against the
/// demo server, `cargo run -p generated --example digitalchalk_server`); the vendor's own
/// server sends the `Errors` body instead.
///
/// Example: `{"type":"about:blank","title":"Bad Request","status":400,"detail":"invalid path parameter `id`","errors":[{"in":"path","name":"id","constraint":"pattern","message":"\"XYZ\" does not match the pattern `^[a-f0-9]+$`"}]}`
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
    /// Example: `"invalid path parameter `id`"`
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
    /// Example: `"id"`
    pub name: String,
    /// The schema keyword the input breaks (`pattern`, `required`, ...), when there is one.
    ///
    /// Example: `"pattern"`
    pub constraint: Option<String>,
    /// What is wrong with the input.
    ///
    /// Example: `"\"XYZ\" does not match the pattern `^[a-f0-9]+$`"`
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
/// The category's color, `#rrggbb` (RELATED-FACTS; upper-case hex digits are accepted too).
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
/// Not on the seed page; from RELATED-FACTS: only offerings in the offering category with this id (one of their `offeringCategoryIds`). The pattern is that of all ids (see the `id` path parameter).
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
/// Not on the seed page; from RELATED-FACTS: only offerings that have every tag named here.
/// Several tags are separated by spaces or commas (`commercial,appraisal`).
///
/// The pattern is not from the vendor: the value must name at least one tag, i.e. hold a
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
/// Not on the seed page; from RELATED-FACTS: only the offerings open for registration to
/// the user with this id. (One of the vendor's pages calls this filter `userId`.) The
/// pattern is that of all ids (see the `id` path parameter); the example is illustrative.
/// How the vendor decides what is open to a user is not documented: the demo server
/// lists the offerings whose registration period (`registrationBeginDate` to
/// `registrationEndDate`) includes the present and in which the user is not registered
/// yet, and none for an id it does not know.
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
/// Not on the seed page; from RELATED-FACTS (paging on every collection): at most how many
/// items the page holds; 15 when absent, at most 100.
///
/// The minimum is not documented by the vendor: a page holds at least one item, so 1.
/// `format: int32` is not from the vendor either: it bounds the integer to what a server can
/// hold.
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
/// Not on the seed page; from RELATED-FACTS (paging on every collection): zero-based, how many
/// items come before the page; 0 when absent.
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
impl Default for Offset {
    /// The spec's `default`, `0`.
    fn default() -> Self {
        Self(0i32)
    }
}
/// The query parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct ListOfferingsQuery {
    /// Not on the seed page; from RELATED-FACTS: only offerings whose title contains this text, ignoring case.
    pub title: Option<String>,
    /// Not on the seed page; from RELATED-FACTS: only offerings in the offering category with this id (one of their `offeringCategoryIds`). The pattern is that of all ids (see the `id` path parameter).
    pub offering_category_id: Option<ListOfferingsOfferingCategoryId>,
    /// Not on the seed page; from RELATED-FACTS: only offerings that have every tag named here.
    /// Several tags are separated by spaces or commas (`commercial,appraisal`).
    ///
    /// The pattern is not from the vendor: the value must name at least one tag, i.e. hold a
    /// character that is neither a space nor a comma.
    pub tag: Option<ListOfferingsTag>,
    /// Not on the seed page; from RELATED-FACTS: the vendor names `createdDate` among the
    /// filters without saying how the date is compared. The demo server
    /// (`generated/examples/digitalchalk_server.rs`) lists the offerings created at or after
    /// this time. The format is the one of the offering's `createdDate`.
    pub created_date: Option<rt::DateTime>,
    /// Not on the seed page; from RELATED-FACTS: only the offerings open for registration to
    /// the user with this id. (One of the vendor's pages calls this filter `userId`.) The
    /// pattern is that of all ids (see the `id` path parameter); the example is illustrative.
    /// How the vendor decides what is open to a user is not documented: the demo server
    /// lists the offerings whose registration period (`registrationBeginDate` to
    /// `registrationEndDate`) includes the present and in which the user is not registered
    /// yet, and none for an id it does not know.
    pub student_id: Option<ListOfferingsStudentId>,
    /// Not on the seed page; from RELATED-FACTS (paging on every collection): at most how many
    /// items the page holds; 15 when absent, at most 100.
    ///
    /// The minimum is not documented by the vendor: a page holds at least one item, so 1.
    /// `format: int32` is not from the vendor either: it bounds the integer to what a server can
    /// hold.
    ///
    /// Default: `15` (when absent).
    pub limit: Limit,
    /// Not on the seed page; from RELATED-FACTS (paging on every collection): zero-based, how many
    /// items come before the page; 0 when absent.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    ///
    /// Default: `0` (when absent).
    pub offset: Offset,
}
rt::object!(
    ListOfferingsQuery { opt::title("title"),
    opt::offering_category_id("offeringCategoryId"), opt::tag("tag"),
    opt::created_date("createdDate"), opt::student_id("studentId"), def::limit("limit",
    Limit::default()), def::offset("offset", Offset::default()) }
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
pub struct ListOfferingsUnauthorizedHeaders {
    /// Not from the vendor: the challenge HTTP requires on a 401 (RFC 9110); RFC 6750 defines it
    /// for bearer tokens. A specgen-generated server sends `Bearer` when no token came; the demo
    /// server sends `Bearer error="invalid_token"` for a token it does not know. Whether the
    /// vendor's server sends one is not documented, so it is not marked required.
    ///
    /// Example: `"Bearer error=\"invalid_token\""`
    pub www_authenticate: Option<String>,
}
rt::object!(
    ListOfferingsUnauthorizedHeaders { opt::www_authenticate("WWW-Authenticate") }
);
/// The responses of `listOfferings` (`GET /dc/api/v5/offerings`) that the spec documents.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ListOfferingsResponse {
    /// 200: One page of offerings. The `{results, next, prev}` shape is from RELATED-FACTS (paging on every collection).
    Ok(OfferingList),
    /// 400: Not on the seed page. RELATED-FACTS (the vendor's other documentation) says only that errors
    /// are a status >= 400 with an `Errors` body (`application/json`: `errors` and/or
    /// `fieldErrors`); the vendor documents no 400 for these operations specifically. The example
    /// is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each parameter, when a parameter breaks
    /// its schema: an `id`, `offeringCategoryId` or `studentId` that is not lowercase hex, a `limit`
    /// under 1 or over 100 (RELATED-FACTS: at most 100), a negative `offset`, a `createdDate` that
    /// is not a date-time, a `tag` without a tag.
    BadRequest(Errors),
    /// 401: Not on the seed page. The bearer token is missing or invalid. RELATED-FACTS documents the
    /// bearer-token authentication and that errors are a status >= 400 with an `Errors` body; the
    /// exact status (401) and message for a rejected token are not documented by the vendor: 401 is
    /// the HTTP convention for missing or invalid credentials, and the example message is
    /// illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a bearer
    /// token by itself, with 401, a `WWW-Authenticate: Bearer` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Errors, headers: ListOfferingsUnauthorizedHeaders },
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (here, anything but `GET`
    /// and `HEAD`: the API is read-only), as an `application/problem+json` body (`Problem`).
    /// Documented so that every response of such a server is described; the vendor's answer is
    /// not documented. (No operation takes a request body, so such a server never answers 413,
    /// 415 or 422 here.)
    MethodNotAllowed(Problem),
}
/// The offering’s unique identifier value. An offering’s URL in the API is composed of /dc/api/v5/offerings/ followed by this identifier.
///
/// Pattern: not on the seed page. From RELATED-FACTS: ids in the vendor's examples are lowercase
/// hex, mostly 32 digits but some published ids have 31, so the length is not pinned. The example
/// is the `id` of the page's example object.
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
    /// Pattern: not on the seed page. From RELATED-FACTS: ids in the vendor's examples are lowercase
    /// hex, mostly 32 digits but some published ids have 31, so the length is not pinned. The example
    /// is the `id` of the page's example object.
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
    /// 200: The offering. The seed page: "This illustrates how offerings are represented in server responses."
    Ok(Offering),
    /// 400: Not on the seed page. RELATED-FACTS (the vendor's other documentation) says only that errors
    /// are a status >= 400 with an `Errors` body (`application/json`: `errors` and/or
    /// `fieldErrors`); the vendor documents no 400 for these operations specifically. The example
    /// is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each parameter, when a parameter breaks
    /// its schema: an `id`, `offeringCategoryId` or `studentId` that is not lowercase hex, a `limit`
    /// under 1 or over 100 (RELATED-FACTS: at most 100), a negative `offset`, a `createdDate` that
    /// is not a date-time, a `tag` without a tag.
    BadRequest(Errors),
    /// 401: Not on the seed page. The bearer token is missing or invalid. RELATED-FACTS documents the
    /// bearer-token authentication and that errors are a status >= 400 with an `Errors` body; the
    /// exact status (401) and message for a rejected token are not documented by the vendor: 401 is
    /// the HTTP convention for missing or invalid credentials, and the example message is
    /// illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a bearer
    /// token by itself, with 401, a `WWW-Authenticate: Bearer` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Errors, headers: ListOfferingsUnauthorizedHeaders },
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's other documentation): 404 when no
    /// offering has the given id, with this error body. The vendor documents it for offerings;
    /// this spec expects the same of offering categories.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Errors),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (here, anything but `GET`
    /// and `HEAD`: the API is read-only), as an `application/problem+json` body (`Problem`).
    /// Documented so that every response of such a server is described; the vendor's answer is
    /// not documented. (No operation takes a request body, so such a server never answers 413,
    /// 415 or 422 here.)
    MethodNotAllowed(Problem),
}
/// The query parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct ListOfferingCategoriesQuery {
    /// Not on the seed page; from RELATED-FACTS (paging on every collection): at most how many
    /// items the page holds; 15 when absent, at most 100.
    ///
    /// The minimum is not documented by the vendor: a page holds at least one item, so 1.
    /// `format: int32` is not from the vendor either: it bounds the integer to what a server can
    /// hold.
    ///
    /// Default: `15` (when absent).
    pub limit: Limit,
    /// Not on the seed page; from RELATED-FACTS (paging on every collection): zero-based, how many
    /// items come before the page; 0 when absent.
    ///
    /// `format: int32` is not from the vendor: it bounds the integer to what a server can hold.
    ///
    /// Default: `0` (when absent).
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
    /// 200: One page of offering categories. The `{results, next, prev}` shape is from RELATED-FACTS (paging on every collection).
    Ok(OfferingCategoryList),
    /// 400: Not on the seed page. RELATED-FACTS (the vendor's other documentation) says only that errors
    /// are a status >= 400 with an `Errors` body (`application/json`: `errors` and/or
    /// `fieldErrors`); the vendor documents no 400 for these operations specifically. The example
    /// is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each parameter, when a parameter breaks
    /// its schema: an `id`, `offeringCategoryId` or `studentId` that is not lowercase hex, a `limit`
    /// under 1 or over 100 (RELATED-FACTS: at most 100), a negative `offset`, a `createdDate` that
    /// is not a date-time, a `tag` without a tag.
    BadRequest(Errors),
    /// 401: Not on the seed page. The bearer token is missing or invalid. RELATED-FACTS documents the
    /// bearer-token authentication and that errors are a status >= 400 with an `Errors` body; the
    /// exact status (401) and message for a rejected token are not documented by the vendor: 401 is
    /// the HTTP convention for missing or invalid credentials, and the example message is
    /// illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a bearer
    /// token by itself, with 401, a `WWW-Authenticate: Bearer` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Errors, headers: ListOfferingsUnauthorizedHeaders },
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (here, anything but `GET`
    /// and `HEAD`: the API is read-only), as an `application/problem+json` body (`Problem`).
    /// Documented so that every response of such a server is described; the vendor's answer is
    /// not documented. (No operation takes a request body, so such a server never answers 413,
    /// 415 or 422 here.)
    MethodNotAllowed(Problem),
}
/// Not on the seed page; from RELATED-FACTS: the offering category's `id`, one of the values of
/// an offering's `offeringCategoryIds`. Like all ids in the vendor's examples, lowercase hex
/// whose length is not pinned (some published ids have 31 digits). The example is the first
/// of the seed page's `offeringCategoryIds`.
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
    /// Not on the seed page; from RELATED-FACTS: the offering category's `id`, one of the values of
    /// an offering's `offeringCategoryIds`. Like all ids in the vendor's examples, lowercase hex
    /// whose length is not pinned (some published ids have 31 digits). The example is the first
    /// of the seed page's `offeringCategoryIds`.
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
    /// 200: Not on the seed page; from RELATED-FACTS: the offering category, with the properties the vendor documents for it.
    Ok(OfferingCategory),
    /// 400: Not on the seed page. RELATED-FACTS (the vendor's other documentation) says only that errors
    /// are a status >= 400 with an `Errors` body (`application/json`: `errors` and/or
    /// `fieldErrors`); the vendor documents no 400 for these operations specifically. The example
    /// is illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers 400 by itself, with an
    /// `application/problem+json` body (`Problem`) naming each parameter, when a parameter breaks
    /// its schema: an `id`, `offeringCategoryId` or `studentId` that is not lowercase hex, a `limit`
    /// under 1 or over 100 (RELATED-FACTS: at most 100), a negative `offset`, a `createdDate` that
    /// is not a date-time, a `tag` without a tag.
    BadRequest(Errors),
    /// 401: Not on the seed page. The bearer token is missing or invalid. RELATED-FACTS documents the
    /// bearer-token authentication and that errors are a status >= 400 with an `Errors` body; the
    /// exact status (401) and message for a rejected token are not documented by the vendor: 401 is
    /// the HTTP convention for missing or invalid credentials, and the example message is
    /// illustrative.
    ///
    /// Also not from the vendor: a specgen-generated server answers a request without a bearer
    /// token by itself, with 401, a `WWW-Authenticate: Bearer` header and an
    /// `application/problem+json` body (`Problem`).
    Unauthorized { body: Errors, headers: ListOfferingsUnauthorizedHeaders },
    /// 404: Not on the seed page; from RELATED-FACTS (the vendor's other documentation): 404 when no
    /// offering has the given id, with this error body. The vendor documents it for offerings;
    /// this spec expects the same of offering categories.
    ///
    /// Also not from the vendor: a specgen-generated server answers a path that no operation has
    /// by itself, with 404 and an `application/problem+json` body (`Problem`).
    NotFound(Errors),
    /// 405: Not on the seed page and not from the vendor: what a specgen-generated server answers by
    /// itself when the path exists but not with the request's method (here, anything but `GET`
    /// and `HEAD`: the API is read-only), as an `application/problem+json` body (`Problem`).
    /// Documented so that every response of such a server is described; the vendor's answer is
    /// not documented. (No operation takes a request body, so such a server never answers 413,
    /// 415 or 422 here.)
    MethodNotAllowed(Problem),
}
/// Credential of the `bearer` security scheme. Sent as `Authorization: Bearer <token>`.
///
/// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): requests send
/// `Authorization: Bearer <token>`. The token is copied from the web application (My Account >
/// API tab), is long-lived and has its owner's permissions. No token endpoint exists.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Bearer(pub String);
impl ::std::fmt::Debug for Bearer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("Bearer(***)")
    }
}
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
impl ListOfferingsUnauthorizedHeaders {
    /// Adds every header that has a value to a response's headers.
    pub fn insert_into(&self, headers: &mut rt::axum::http::HeaderMap) {
        if let Some(value) = &self.www_authenticate {
            rt::set_header(headers, "WWW-Authenticate", value.to_string());
        }
    }
}
/// DigitalChalk API (version v5).
///
/// Transcription of the DigitalChalk API v5 reference page "Example Offering Object" (last modified on
/// February 12, 2014 at 5:22 pm): "Below is an example of a JSON representation of an Offering object.
/// This illustrates how offerings are represented in server responses." The page gives that example
/// object and a table of the Offering's 14 properties; both are in the `Offering` schema.
///
/// The page documents the resource, not an operation. It says that an offering's URL in the API is
/// composed of `/dc/api/v5/offerings/` followed by the offering's identifier; the `GET` operation on
/// that URL is taken from RELATED-FACTS (the vendor's other documentation: "get `GET /offerings/{id}`
/// (404 when no offering has that id)").
///
/// Also beyond the page, from RELATED-FACTS: the base URL `https://api.digitalchalk.com/dc/api/v5`
/// (HTTPS and JSON only), bearer-token authentication, the error body `{errors, fieldErrors}`, the
/// offerings list (`GET /dc/api/v5/offerings`, with its filters `title`, `offeringCategoryId`, `tag`,
/// `createdDate` and `studentId`), the paging every collection has (`limit`, default 15 and at most
/// 100, and zero-based `offset`; a `{results, next, prev}` response), and the read-only offering
/// categories (`/dc/api/v5/offeringcategories`, list and get) that an offering's
/// `offeringCategoryIds` refer to. The vendor documents no create, update or delete of offerings.
/// A newer revision of the Offering page replaces `catalogDescription` and `dashboardDescription`
/// with `summary`; this spec follows the seed page (the 2014 revision).
///
/// Beyond the vendor altogether: the `application/problem+json` bodies (schema `Problem`) of the
/// 400, 401 and 404 responses, and the 405 response, are what a server generated by specgen from
/// this spec answers by itself before the service code runs. They are documented so that every
/// response of such a server is described; schemathesis checks that against the demo server
/// (`tests/external/schemathesis.sh`). The response `links` (from a listed offering to its get,
/// from an offering to its first category) are this spec's too: they let tools such as
/// schemathesis follow the resources from one operation to the next.
///
///
/// Generated by specgen from the OpenAPI description; do not edit by hand.
///
/// Implement it and serve it with [`router`]; each method gets validated input and answers with one of the responses the spec documents.
pub trait DigitalChalkApi: Send + Sync + 'static {
    /// List offerings
    ///
    /// `GET /dc/api/v5/offerings` (operationId `listOfferings`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): lists the
    /// offerings, each represented as in the seed page's "Example Offering Object", a page at a
    /// time (`limit`, `offset`), optionally filtered. The filters combine: an offering is listed
    /// only when it passes each filter given.
    fn list_offerings(
        &self,
        auth: Bearer,
        query: ListOfferingsQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingsResponse> + Send;
    /// Get an offering
    ///
    /// `GET /dc/api/v5/offerings/{id}` (operationId `getOffering`)
    ///
    /// Returns the offering whose identifier is `id`, represented as in the seed page's
    /// "Example Offering Object".
    ///
    /// The URL is the page's: "An offering's URL in the API is composed of /dc/api/v5/offerings/
    /// followed by this identifier." The operation itself (`GET`, and 404 for an unknown id) is not on
    /// the seed page; it is from RELATED-FACTS (the vendor's other documentation).
    fn get_offering(
        &self,
        auth: Bearer,
        path: GetOfferingPath,
    ) -> impl ::std::future::Future<Output = GetOfferingResponse> + Send;
    /// List offering categories
    ///
    /// `GET /dc/api/v5/offeringcategories` (operationId `listOfferingCategories`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): lists the
    /// offering categories, a page at a time (`limit`, `offset`, as every collection).
    fn list_offering_categories(
        &self,
        auth: Bearer,
        query: ListOfferingCategoriesQuery,
    ) -> impl ::std::future::Future<Output = ListOfferingCategoriesResponse> + Send;
    /// Get an offering category
    ///
    /// `GET /dc/api/v5/offeringcategories/{id}` (operationId `getOfferingCategory`)
    ///
    /// Not on the seed page; from RELATED-FACTS (the vendor's other documentation): returns the
    /// offering category whose identifier is `id`, one of the ids an offering's
    /// `offeringCategoryIds` holds. As for offerings, an unknown id is a 404.
    fn get_offering_category(
        &self,
        auth: Bearer,
        path: GetOfferingCategoryPath,
    ) -> impl ::std::future::Future<Output = GetOfferingCategoryResponse> + Send;
}
/// An axum router serving every operation of [`DigitalChalkApi`]: it checks credentials (401), parameters (400), the body's media type (415), size (413) and schema (400 when not JSON, 422 when it breaks the schema), answers unknown paths with 404 and unknown methods with 405, all as `application/problem+json`, and calls `api` only with valid input.
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
        let Some(auth) = rt::bearer(&parts.headers).map(Bearer) else {
            return rt::unauthorized("a bearer token", "Bearer");
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
        ::std::mem::drop(parts);
        ::std::mem::drop(query_raw);
        <A as DigitalChalkApi>::list_offerings(&api, auth, query).await.into_response()
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
        let Some(auth) = rt::bearer(&parts.headers).map(Bearer) else {
            return rt::unauthorized("a bearer token", "Bearer");
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
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        <A as DigitalChalkApi>::get_offering(&api, auth, path).await.into_response()
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
        let Some(auth) = rt::bearer(&parts.headers).map(Bearer) else {
            return rt::unauthorized("a bearer token", "Bearer");
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
        ::std::mem::drop(parts);
        ::std::mem::drop(query_raw);
        <A as DigitalChalkApi>::list_offering_categories(&api, auth, query)
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
        let Some(auth) = rt::bearer(&parts.headers).map(Bearer) else {
            return rt::unauthorized("a bearer token", "Bearer");
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
        ::std::mem::drop(parts);
        ::std::mem::drop(path_params);
        <A as DigitalChalkApi>::get_offering_category(&api, auth, path)
            .await
            .into_response()
    }
}
/// A client for DigitalChalk API: one method per operation, taking the types of [`DigitalChalkApi`] (already checked) and returning its response enums. Responses with a status the spec does not document are errors.
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
    /// List offerings
    ///
    /// `GET /dc/api/v5/offerings` (operationId `listOfferings`)
    pub async fn list_offerings(
        &self,
        auth: &Bearer,
        query: &ListOfferingsQuery,
    ) -> Result<ListOfferingsResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
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
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.bearer_auth(&auth.0);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => ListOfferingsResponse::Ok(reply.json::<OfferingList>()?),
                400 => ListOfferingsResponse::BadRequest(reply.json::<Errors>()?),
                401 => {
                    ListOfferingsResponse::Unauthorized {
                        body: reply.json::<Errors>()?,
                        headers: ListOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                405 => ListOfferingsResponse::MethodNotAllowed(reply.json::<Problem>()?),
                _ => return Err(reply.unexpected()),
            },
        )
    }
    /// Get an offering
    ///
    /// `GET /dc/api/v5/offerings/{id}` (operationId `getOffering`)
    pub async fn get_offering(
        &self,
        auth: &Bearer,
        path: &GetOfferingPath,
    ) -> Result<GetOfferingResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
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
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.bearer_auth(&auth.0);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => GetOfferingResponse::Ok(reply.json::<Offering>()?),
                400 => GetOfferingResponse::BadRequest(reply.json::<Errors>()?),
                401 => {
                    GetOfferingResponse::Unauthorized {
                        body: reply.json::<Errors>()?,
                        headers: ListOfferingsUnauthorizedHeaders {
                            www_authenticate: rt::header::<
                                String,
                            >(&reply.headers, "WWW-Authenticate")?,
                        },
                    }
                }
                404 => GetOfferingResponse::NotFound(reply.json::<Errors>()?),
                405 => GetOfferingResponse::MethodNotAllowed(reply.json::<Problem>()?),
                _ => return Err(reply.unexpected()),
            },
        )
    }
    /// List offering categories
    ///
    /// `GET /dc/api/v5/offeringcategories` (operationId `listOfferingCategories`)
    pub async fn list_offering_categories(
        &self,
        auth: &Bearer,
        query: &ListOfferingCategoriesQuery,
    ) -> Result<ListOfferingCategoriesResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
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
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.bearer_auth(&auth.0);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => {
                    ListOfferingCategoriesResponse::Ok(
                        reply.json::<OfferingCategoryList>()?,
                    )
                }
                400 => {
                    ListOfferingCategoriesResponse::BadRequest(reply.json::<Errors>()?)
                }
                401 => {
                    ListOfferingCategoriesResponse::Unauthorized {
                        body: reply.json::<Errors>()?,
                        headers: ListOfferingsUnauthorizedHeaders {
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
    pub async fn get_offering_category(
        &self,
        auth: &Bearer,
        path: &GetOfferingCategoryPath,
    ) -> Result<GetOfferingCategoryResponse, rt::ClientError> {
        let mut url = self.base_url.clone();
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
        let mut request = self.http.request(rt::reqwest::Method::GET, url.as_str());
        request = request.bearer_auth(&auth.0);
        let reply = rt::send(request).await?;
        Ok(
            match reply.status {
                200 => GetOfferingCategoryResponse::Ok(reply.json::<OfferingCategory>()?),
                400 => GetOfferingCategoryResponse::BadRequest(reply.json::<Errors>()?),
                401 => {
                    GetOfferingCategoryResponse::Unauthorized {
                        body: reply.json::<Errors>()?,
                        headers: ListOfferingsUnauthorizedHeaders {
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
