//! A DigitalChalk demo server, written the way a user writes one: implement the generated
//! `DigitalChalkApi` trait and serve the generated `router`. The router checks that a bearer token
//! came and that ids and query parameters fit the spec (lowercase hex ids, `limit` from 1 to 100,
//! ...) before a method runs; this file holds only the business logic: offerings and offering
//! categories, read by id or listed with the vendor's filters and paging.
//!
//! `cargo run -p generated --example digitalchalk_server -- --listen 127.0.0.1:8081 --token TOKEN`

mod common;

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use generated::digitalchalk::{
    Bearer, DigitalChalkApi, Errors, GetOfferingCategoryPath, GetOfferingCategoryResponse, GetOfferingPath,
    GetOfferingResponse, Limit, ListOfferingCategoriesQuery, ListOfferingCategoriesResponse, ListOfferingsQuery,
    ListOfferingsResponse, Offering, OfferingCategory, OfferingCategoryList, OfferingList, Offset, router, rt,
};

const PROGRAM: &str = "digitalchalk_server";

/// The seed page's "Example Offering Object", verbatim.
const SEED_OFFERING: &str = r#"{ "id" : "56701a2d2f926674acede4d1ce880692", "title" : "Principles of Commercial Property Appraisal 2013", "createdDate" : "2011-02-01T00:02:12Z", "beginDate" : "2012-05-01T00:00:00Z", "endDate" : "2013-12-31T23:59:59Z", "registrationBeginDate" : "2012-05-01T00:00:00Z", "registrationEndDate" : "2013-12-31T23:59:59Z", "catalogDescription" : "This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination.", "dashboardDescription" : "Welcome to your commercial property appraisal course", "deliveryDescription" : "Commercial Property Appraisal 2013", "price" : 500.0, "offeringCategoryIds" : [ "7822fec62f926674acede4d1c87ea25f", "ece5f268697213aef78845b221880692" ], "tags" : [ "commercial", "appraisal", "realestate" ], "orderIndex" : 0 }"#;

/// Illustrative offerings beside the page's, so that filters and paging have something to choose
/// from: not from the vendor. Two are open for registration until 2099, one without an end; one
/// has a 31-digit id (RELATED-FACTS: some published ids have 31) and one no category.
const MORE_OFFERINGS: &str = r#"[
  { "id" : "9b1f0c2d2f926674acede4d1c90a0693", "title" : "Residential Property Appraisal Basics", "createdDate" : "2012-03-15T09:30:00Z", "beginDate" : "2012-04-01T00:00:00Z", "endDate" : "2099-12-31T23:59:59Z", "registrationBeginDate" : "2012-03-15T00:00:00Z", "registrationEndDate" : "2099-12-31T23:59:59Z", "deliveryDescription" : "Residential Appraisal", "price" : 250.0, "offeringCategoryIds" : [ "7822fec62f926674acede4d1c87ea25f" ], "tags" : [ "residential", "appraisal", "realestate" ], "orderIndex" : 1 },
  { "id" : "a3e5c7f2f926674acede4d1c90a069", "title" : "Appraisal Ethics Update", "createdDate" : "2013-06-01T12:00:00Z", "beginDate" : "2013-07-01T00:00:00Z", "registrationBeginDate" : "2013-06-01T00:00:00Z", "price" : 99.5, "offeringCategoryIds" : [ "ece5f268697213aef78845b221880692" ], "tags" : [ "ethics", "appraisal" ], "orderIndex" : 2 },
  { "id" : "c4d2e6a12f926674acede4d1c90b0694", "title" : "Introduction to Real Estate Law", "createdDate" : "2014-01-10T08:00:00Z", "registrationBeginDate" : "2014-01-01T00:00:00Z", "registrationEndDate" : "2099-12-31T23:59:59Z", "price" : 120.0, "offeringCategoryIds" : [ ], "tags" : [ "law", "realestate" ], "orderIndex" : 3 }
]"#;

/// The categories the offerings refer to (the two ids are the page's `offeringCategoryIds`), and
/// one no offering is in. Names, descriptions and colors are illustrative, not from the vendor.
const CATEGORIES: &str = r##"[
  { "id" : "7822fec62f926674acede4d1c87ea25f", "name" : "Real Estate Appraisal", "description" : "Courses for commercial and residential appraisers.", "color" : "#336699", "orderIndex" : 0 },
  { "id" : "ece5f268697213aef78845b221880692", "name" : "Continuing Education", "description" : "Courses that renew a license.", "color" : "#CC6600", "orderIndex" : 1 },
  { "id" : "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "name" : "Real Estate Law", "description" : "Courses on property law.", "color" : "#2e8b57", "orderIndex" : 2.5 }
]"##;

/// An illustrative student (the spec's `studentId` example) and the offering they are registered
/// in, so that `studentId` has something to filter on.
const STUDENT: &str = "3c0ab1e92f926674acede4d1c87e0692";
const STUDENT_REGISTERED_IN: &str = "9b1f0c2d2f926674acede4d1c90a0693";

/// The vendor's 404 message (RELATED-FACTS).
const NOT_FOUND: &str = "No resource exists with the given id.";

struct Service {
    token: String,
    /// Offerings in the order they are listed. The API documents no operation that changes the
    /// store, so it is only read and needs no lock.
    offerings: Vec<Offering>,
    categories: Vec<OfferingCategory>,
    /// The offerings each known student is registered in.
    registrations: HashMap<String, HashSet<String>>,
}

impl Service {
    fn seeded(token: String) -> Result<Service, serde_json::Error> {
        let mut offerings = vec![serde_json::from_str::<Offering>(SEED_OFFERING)?];
        offerings.extend(serde_json::from_str::<Vec<Offering>>(MORE_OFFERINGS)?);
        let registrations = HashMap::from([(STUDENT.to_owned(), HashSet::from([STUDENT_REGISTERED_IN.to_owned()]))]);
        Ok(Service {
            token,
            offerings,
            categories: serde_json::from_str(CATEGORIES)?,
            registrations,
        })
    }

    /// Whether `offering` passes every filter of `query`, at the time `now`.
    fn listed(&self, offering: &Offering, query: &ListOfferingsQuery, now: Instant) -> bool {
        let has = |list: &Option<Vec<String>>, wanted: &str| list.iter().flatten().any(|item| item == wanted);
        if let Some(title) = &query.title {
            let title = title.to_lowercase();
            if !offering
                .title
                .as_ref()
                .is_some_and(|t| t.to_lowercase().contains(&title))
            {
                return false;
            }
        }
        if let Some(category) = &query.offering_category_id
            && !has(&offering.offering_category_ids, category.as_str())
        {
            return false;
        }
        if let Some(tags) = &query.tag
            && !tags
                .as_str()
                .split([' ', ','])
                .filter(|tag| !tag.is_empty())
                .all(|tag| has(&offering.tags, tag))
        {
            return false;
        }
        if let Some(since) = &query.created_date {
            // The router checked the filter's format; the offering's date was checked when it was
            // loaded. An offering without a creation date is not known to be created since then.
            let created = offering.created_date.as_ref().and_then(|d| instant(d.as_str()));
            if !matches!((created, instant(since.as_str())), (Some(created), Some(since)) if created >= since) {
                return false;
            }
        }
        if let Some(student) = &query.student_id {
            // Open for registration to the student: the registration period includes now (an
            // absent end never closes) and the student is not registered in it yet. A student
            // this server does not know has nothing open.
            let Some(registered) = self.registrations.get(student.as_str()) else {
                return false;
            };
            let bound =
                |date: &Option<generated::digitalchalk::rt::DateTime>| date.as_ref().map(|d| instant(d.as_str()));
            let opened = match bound(&offering.registration_begin_date) {
                Some(begin) => begin.is_some_and(|begin| begin <= now),
                None => true,
            };
            let open = opened
                && match bound(&offering.registration_end_date) {
                    Some(end) => end.is_some_and(|end| now <= end),
                    None => true,
                };
            if !open || offering.id.as_ref().is_some_and(|id| registered.contains(id)) {
                return false;
            }
        }
        true
    }
}

/// The vendor's `{errors: [...]}` body.
fn errors(message: &str) -> Errors {
    Errors {
        errors: Some(vec![message.into()]),
        field_errors: None,
    }
}

/// A point in time: seconds since 1970-01-01T00:00:00Z and nanoseconds.
type Instant = (i64, u32);

/// The instant an RFC 3339 date-time names (`2011-02-01T00:02:12Z`, `2011-02-01T01:02:12.5+01:00`),
/// so that dates in different offsets compare correctly. `None` for text of another shape; digits
/// of a fraction beyond nanoseconds are ignored.
fn instant(date_time: &str) -> Option<Instant> {
    let number = |from: usize, to: usize| -> Option<i64> {
        let digits = date_time.get(from..to)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
    let mut rest = date_time.get(19..)?;
    let mut nanos = 0u32;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        for (i, b) in fraction.bytes().take(digits.min(9)).enumerate() {
            nanos += u32::from(b - b'0') * 10u32.pow(8 - i as u32);
        }
        rest = &fraction[digits..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let minutes =
                number(date_time.len() - 5, date_time.len() - 3)? * 60 + number(date_time.len() - 2, date_time.len())?;
            if *sign == b'+' { minutes * 60 } else { -minutes * 60 }
        }
        _ => return None,
    };
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
    Some((seconds, nanos))
}

/// Days from 1970-01-01 to the date (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn now() -> Instant {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    (
        i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX),
        since_epoch.subsec_nanos(),
    )
}

/// `text` percent-encoded for a query string: every byte but the unreserved characters.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One page of `items`: those from `offset`, at most `limit` (the router gives the spec's defaults,
/// 15 and 0, when they are absent), with links to the next and previous pages, left out when there is
/// none. `filters` is the query string the links carry besides the paging (empty, or ending in `&`).
fn page<T: Clone>(
    path: &str,
    filters: &str,
    items: &[&T],
    limit: Limit,
    offset: Offset,
) -> (Vec<T>, Option<Option<String>>, Option<Option<String>>) {
    // The router checked 1 <= limit <= 100 and offset >= 0.
    let limit = usize::try_from(limit.get()).unwrap_or(usize::MAX);
    let offset = usize::try_from(offset.get()).unwrap_or(usize::MAX);
    let results = items
        .iter()
        .skip(offset)
        .take(limit)
        .map(|&item| item.clone())
        .collect();
    let link = |offset: usize| Some(Some(format!("{path}?{filters}offset={offset}&limit={limit}")));
    let next = offset
        .checked_add(limit)
        .filter(|&next| next < items.len())
        .and_then(link);
    let prev = (offset > 0).then(|| link(offset.saturating_sub(limit))).flatten();
    (results, next, prev)
}

impl DigitalChalkApi for Service {
    /// Every operation needs the server's one token: it stands for no one in particular.
    type Principal = ();

    /// Whether the token is the server's. The router has answered 401 already when no bearer token
    /// came; a wrong one is a 401 too, with the vendor's error body and the challenge HTTP requires
    /// (RFC 6750's error code).
    async fn authenticate_bearer(
        &self,
        credential: Bearer,
        _scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<(), rt::AuthError> {
        if common::token_matches(&credential.0, &self.token) {
            return Ok(());
        }
        let message = "The bearer token is not valid.";
        Err(rt::AuthError::unauthorized(message)
            .with_challenge(r#"Bearer error="invalid_token""#)
            .with_response(rt::json(401, "application/json", &errors(message))))
    }

    async fn list_offerings(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        query: ListOfferingsQuery,
    ) -> ListOfferingsResponse {
        let now = now();
        let listed: Vec<&Offering> = self.offerings.iter().filter(|o| self.listed(o, &query, now)).collect();
        let mut filters = String::new();
        for (name, value) in [
            ("title", query.title.as_deref()),
            (
                "offeringCategoryId",
                query.offering_category_id.as_ref().map(|v| v.as_str()),
            ),
            ("tag", query.tag.as_ref().map(|v| v.as_str())),
            ("createdDate", query.created_date.as_ref().map(|v| v.as_str())),
            ("studentId", query.student_id.as_ref().map(|v| v.as_str())),
        ] {
            if let Some(value) = value {
                filters.push_str(&format!("{name}={}&", encode(value)));
            }
        }
        let (results, next, prev) = page("/dc/api/v5/offerings", &filters, &listed, query.limit, query.offset);
        ListOfferingsResponse::Ok(OfferingList { results, next, prev })
    }

    async fn get_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: GetOfferingPath,
    ) -> GetOfferingResponse {
        match self
            .offerings
            .iter()
            .find(|o| o.id.as_deref() == Some(path.id.as_str()))
        {
            Some(offering) => GetOfferingResponse::Ok(offering.clone()),
            None => GetOfferingResponse::NotFound(errors(NOT_FOUND)),
        }
    }

    async fn list_offering_categories(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        query: ListOfferingCategoriesQuery,
    ) -> ListOfferingCategoriesResponse {
        let all: Vec<&OfferingCategory> = self.categories.iter().collect();
        let (results, next, prev) = page("/dc/api/v5/offeringcategories", "", &all, query.limit, query.offset);
        ListOfferingCategoriesResponse::Ok(OfferingCategoryList { results, next, prev })
    }

    async fn get_offering_category(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: GetOfferingCategoryPath,
    ) -> GetOfferingCategoryResponse {
        match self
            .categories
            .iter()
            .find(|c| c.id.as_deref() == Some(path.id.as_str()))
        {
            Some(category) => GetOfferingCategoryResponse::Ok(category.clone()),
            None => GetOfferingCategoryResponse::NotFound(errors(NOT_FOUND)),
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = common::Args::parse(PROGRAM, "127.0.0.1:8081");
    let service = match Service::seeded(args.token) {
        Ok(service) => service,
        Err(e) => {
            eprintln!("{PROGRAM}: the demo data does not fit the spec's schemas: {e}");
            return ExitCode::FAILURE;
        }
    };
    common::serve(PROGRAM, args.listen, router(Arc::new(service))).await
}

#[cfg(test)]
mod tests {
    //! The service through the generated router and client over 127.0.0.1, as a user of the demo
    //! server meets it: every operation, each filter, paging, and each error the service answers.

    use super::*;
    use generated::digitalchalk::{
        Client, GetOfferingCategoryError, GetOfferingCategoryPath, GetOfferingError, ListOfferingCategoriesError,
        ListOfferingsError, ListOfferingsOfferingCategoryId, ListOfferingsStudentId, ListOfferingsTag,
        OfferingCategoryId, OfferingId, rt,
    };

    const TOKEN: &str = "secret";
    const SEED_ID: &str = "56701a2d2f926674acede4d1ce880692";

    /// Serves a freshly seeded service on 127.0.0.1 (a free port); its base URL.
    async fn serve() -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = router(Arc::new(Service::seeded(TOKEN.into()).unwrap()));
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    async fn client() -> Client {
        Client::builder(serve().await).bearer(TOKEN).build().unwrap()
    }

    fn no_filters() -> ListOfferingsQuery {
        // No filter, and `limit`/`offset` at the spec's defaults (15, 0).
        ListOfferingsQuery::default()
    }

    async fn list(client: &Client, query: &ListOfferingsQuery) -> OfferingList {
        client.list_offerings(query).await.unwrap()
    }

    fn ids(page: &OfferingList) -> Vec<&str> {
        page.results.iter().map(|o| o.id.as_deref().unwrap_or("")).collect()
    }

    const RESIDENTIAL: &str = "9b1f0c2d2f926674acede4d1c90a0693";
    const ETHICS: &str = "a3e5c7f2f926674acede4d1c90a069";
    const LAW: &str = "c4d2e6a12f926674acede4d1c90b0694";

    #[tokio::test]
    async fn serves_the_page_example_exactly() {
        let client = client().await;
        let path = GetOfferingPath {
            id: OfferingId::new(SEED_ID).unwrap(),
        };
        let offering = client.get_offering(&path).await.unwrap();
        // Same keys, same order, same values (`500.0` included) as the page's example.
        let page: serde_json::Value = serde_json::from_str(SEED_OFFERING).unwrap();
        assert_eq!(
            serde_json::to_string(&offering).unwrap(),
            serde_json::to_string(&page).unwrap()
        );
        // A 31-digit id is an id too.
        let path = GetOfferingPath {
            id: OfferingId::new(ETHICS).unwrap(),
        };
        assert!(client.get_offering(&path).await.is_ok());
    }

    #[tokio::test]
    async fn filters_filter() {
        let client = client().await;
        let all = list(&client, &no_filters()).await;
        assert_eq!(ids(&all), [SEED_ID, RESIDENTIAL, ETHICS, LAW]);
        assert_eq!((all.next.clone(), all.prev.clone()), (None, None), "one page: no links");

        let by_title = ListOfferingsQuery {
            title: Some("APPRAISAL".into()),
            ..no_filters()
        };
        assert_eq!(
            ids(&list(&client, &by_title).await),
            [SEED_ID, RESIDENTIAL, ETHICS],
            "a substring, any case"
        );
        let by_category = ListOfferingsQuery {
            offering_category_id: Some(
                ListOfferingsOfferingCategoryId::new("7822fec62f926674acede4d1c87ea25f").unwrap(),
            ),
            ..no_filters()
        };
        assert_eq!(ids(&list(&client, &by_category).await), [SEED_ID, RESIDENTIAL]);
        let by_tags = ListOfferingsQuery {
            tag: Some(ListOfferingsTag::new("realestate, appraisal").unwrap()),
            ..no_filters()
        };
        assert_eq!(
            ids(&list(&client, &by_tags).await),
            [SEED_ID, RESIDENTIAL],
            "every tag named"
        );
        let by_date = ListOfferingsQuery {
            // 2013-06-01T12:00:00Z in another offset: the ethics offering's creation, exactly.
            created_date: Some(rt::DateTime::new("2013-06-01T14:00:00+02:00").unwrap()),
            ..no_filters()
        };
        assert_eq!(
            ids(&list(&client, &by_date).await),
            [ETHICS, LAW],
            "created at or after"
        );
        let by_student = ListOfferingsQuery {
            student_id: Some(ListOfferingsStudentId::new(STUDENT).unwrap()),
            ..no_filters()
        };
        assert_eq!(
            ids(&list(&client, &by_student).await),
            [ETHICS, LAW],
            "open and not registered yet"
        );
        let stranger = ListOfferingsQuery {
            student_id: Some(ListOfferingsStudentId::new("abc").unwrap()),
            ..no_filters()
        };
        assert_eq!(ids(&list(&client, &stranger).await), Vec::<&str>::new());
        let combined = ListOfferingsQuery {
            title: Some("appraisal".into()),
            student_id: Some(ListOfferingsStudentId::new(STUDENT).unwrap()),
            ..no_filters()
        };
        assert_eq!(ids(&list(&client, &combined).await), [ETHICS], "filters combine");
    }

    #[tokio::test]
    async fn pages_carry_the_filters() {
        let client = client().await;
        let query = |limit: i32, offset: i32| ListOfferingsQuery {
            tag: Some(ListOfferingsTag::new("realestate").unwrap()),
            limit: Limit::new(limit).unwrap(),
            offset: Offset::new(offset).unwrap(),
            ..no_filters()
        };
        let first = list(&client, &query(1, 0)).await;
        assert_eq!(ids(&first), [SEED_ID]);
        assert_eq!(
            first.next,
            Some(Some("/dc/api/v5/offerings?tag=realestate&offset=1&limit=1".into()))
        );
        assert_eq!(first.prev, None);
        let last = list(&client, &query(1, 2)).await;
        assert_eq!(ids(&last), [LAW]);
        assert_eq!(
            (last.next, last.prev),
            (
                None,
                Some(Some("/dc/api/v5/offerings?tag=realestate&offset=1&limit=1".into()))
            )
        );
        let beyond = list(&client, &query(100, 7)).await;
        assert!(beyond.results.is_empty());
        assert!(
            Limit::new(101).is_err() && Limit::new(0).is_err(),
            "the client cannot even ask"
        );

        let encoded = ListOfferingsQuery {
            title: Some("a&b c".into()),
            ..query(1, 0)
        };
        let page = list(&client, &encoded).await;
        assert!(page.results.is_empty() && page.next.is_none());
        assert_eq!(encode("a&b c,+é"), "a%26b%20c%2C%2B%C3%A9");
    }

    #[tokio::test]
    async fn categories() {
        let client = client().await;
        let query = |limit: i32, offset: i32| ListOfferingCategoriesQuery {
            limit: Limit::new(limit).unwrap(),
            offset: Offset::new(offset).unwrap(),
        };
        let page = client.list_offering_categories(&query(2, 1)).await.unwrap();
        let names: Vec<_> = page
            .results
            .iter()
            .map(|c| c.name.clone().unwrap_or_default())
            .collect();
        assert_eq!(names, ["Continuing Education", "Real Estate Law"]);
        assert_eq!(
            page.prev,
            Some(Some("/dc/api/v5/offeringcategories?offset=0&limit=2".into()))
        );
        assert_eq!(page.next, None);
        let none = ListOfferingCategoriesQuery::default();
        assert_eq!((none.limit.get(), none.offset.get()), (15, 0), "the spec's defaults");
        let page = client.list_offering_categories(&none).await.unwrap();
        assert_eq!(page.results.len(), 3);

        // Every category an offering names can be read.
        for offering in list(&client, &no_filters()).await.results {
            for id in offering.offering_category_ids.unwrap_or_default() {
                let path = GetOfferingCategoryPath {
                    id: OfferingCategoryId::new(&id).unwrap(),
                };
                let got = client.get_offering_category(&path).await.unwrap();
                assert_eq!(got.id.as_deref(), Some(id.as_str()));
            }
        }
        let path = GetOfferingCategoryPath {
            id: OfferingCategoryId::new("abc").unwrap(),
        };
        // A documented error is an `Err` holding the typed body; the `*_response` method has it as data.
        assert!(matches!(
            client.get_offering_category(&path).await,
            Err(rt::Error::Response { status: 404, error: GetOfferingCategoryError::NotFound(e) }) if e == errors(NOT_FOUND)
        ));
        assert_eq!(
            client.get_offering_category_response(&path).await.unwrap(),
            GetOfferingCategoryResponse::NotFound(errors(NOT_FOUND))
        );
    }

    #[tokio::test]
    async fn wrong_token_and_unknown_ids() {
        let client = client().await;
        let wrong = Client::builder(serve().await).bearer("nope").build().unwrap();
        let challenge = Some(r#"Bearer error="invalid_token""#);
        let id = || OfferingId::new(SEED_ID).unwrap();
        let refused = [
            match wrong.list_offerings(&no_filters()).await {
                Err(rt::Error::Response {
                    error: ListOfferingsError::Unauthorized { headers, .. },
                    ..
                }) => headers,
                other => panic!("{other:?}"),
            },
            match wrong.get_offering(&GetOfferingPath { id: id() }).await {
                Err(rt::Error::Response {
                    error: GetOfferingError::Unauthorized { headers, .. },
                    ..
                }) => headers,
                other => panic!("{other:?}"),
            },
            match wrong
                .list_offering_categories(&ListOfferingCategoriesQuery::default())
                .await
            {
                Err(rt::Error::Response {
                    error: ListOfferingCategoriesError::Unauthorized { headers, .. },
                    ..
                }) => headers,
                other => panic!("{other:?}"),
            },
            match wrong
                .get_offering_category(&GetOfferingCategoryPath {
                    id: OfferingCategoryId::new("abc").unwrap(),
                })
                .await
            {
                Err(rt::Error::Response {
                    error: GetOfferingCategoryError::Unauthorized { headers, .. },
                    ..
                }) => headers,
                other => panic!("{other:?}"),
            },
        ];
        for headers in refused {
            assert_eq!(headers.www_authenticate.as_deref(), challenge);
        }
        let unknown = GetOfferingPath {
            id: OfferingId::new("abc").unwrap(),
        };
        assert_eq!(
            client.get_offering(&unknown).await.unwrap_err().into_response(),
            Some(GetOfferingError::NotFound(errors(NOT_FOUND)))
        );
    }

    /// What the router answers before the service runs, over plain HTTP (the client's types
    /// cannot even express these requests).
    #[tokio::test]
    async fn the_router_refuses_what_the_spec_rules_out() {
        let base = serve().await;
        let http = reqwest::Client::new();
        let get = |path: &str, token: Option<&str>| {
            let mut request = http.get(format!("{base}{path}"));
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            async move {
                let response = request.send().await.unwrap();
                let status = response.status().as_u16();
                let kind = response
                    .headers()
                    .get("content-type")
                    .map(|v| v.to_str().unwrap().to_owned());
                let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
                (status, kind, body)
            }
        };
        let problem = Some("application/problem+json".to_owned());
        for (path, name, constraint) in [
            ("/dc/api/v5/offerings?limit=101", "limit", "maximum"),
            ("/dc/api/v5/offerings?limit=0", "limit", "minimum"),
            ("/dc/api/v5/offerings?offset=-1", "offset", "minimum"),
            ("/dc/api/v5/offeringcategories?limit=101", "limit", "maximum"),
            ("/dc/api/v5/offerings?studentId=XYZ", "studentId", "pattern"),
            (
                "/dc/api/v5/offerings?offeringCategoryId=7822FEC6",
                "offeringCategoryId",
                "pattern",
            ),
            ("/dc/api/v5/offerings?tag=%20,", "tag", "pattern"),
            ("/dc/api/v5/offerings?createdDate=2011-02-01", "createdDate", "format"),
            ("/dc/api/v5/offerings/XYZ", "id", "pattern"),
            ("/dc/api/v5/offeringcategories/XYZ", "id", "pattern"),
        ] {
            let (status, kind, body) = get(path, Some(TOKEN)).await;
            assert_eq!((status, &kind), (400, &problem), "{path}: {body}");
            assert_eq!(
                (
                    body["errors"][0]["name"].as_str(),
                    body["errors"][0]["constraint"].as_str()
                ),
                (Some(name), Some(constraint)),
                "{path}: {body}"
            );
        }
        for path in [
            "/dc/api/v5/offerings",
            "/dc/api/v5/offerings/abc",
            "/dc/api/v5/offeringcategories",
            "/dc/api/v5/offeringcategories/abc",
        ] {
            let (status, kind, _) = get(path, None).await;
            assert_eq!((status, &kind), (401, &problem), "{path}");
            let response = http
                .delete(format!("{base}{path}"))
                .bearer_auth(TOKEN)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status().as_u16(), 405, "{path}: read-only");
        }
        let (status, kind, _) = get("/dc/api/v5/courses", Some(TOKEN)).await;
        assert_eq!((status, &kind), (404, &problem));
        // `limit` at its bounds is fine.
        for path in [
            "/dc/api/v5/offerings?limit=100",
            "/dc/api/v5/offerings?limit=1&offset=0",
        ] {
            assert_eq!(get(path, Some(TOKEN)).await.0, 200, "{path}");
        }
        // Without `limit`, the router hands the handler the spec's default, 15: the link back says so.
        let (status, _, body) = get("/dc/api/v5/offeringcategories?offset=1", Some(TOKEN)).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(
            body["prev"].as_str(),
            Some("/dc/api/v5/offeringcategories?offset=0&limit=15"),
            "{body}"
        );
    }

    #[test]
    fn instants() {
        assert_eq!(instant("1970-01-01T00:00:00Z"), Some((0, 0)));
        assert_eq!(instant("2000-03-01T00:00:00Z"), Some((11_017 * 86_400, 0)));
        assert_eq!(instant("1969-12-31T23:59:59.5z"), Some((-1, 500_000_000)));
        assert_eq!(instant("2011-02-01T01:02:12+01:00"), instant("2011-02-01T00:02:12Z"));
        assert_eq!(
            instant("2011-02-01T00:02:12.1234567891-00:30").map(|i| i.1),
            Some(123_456_789)
        );
        assert_eq!(instant("0000-01-01T00:00:00Z"), Some((-62_167_219_200, 0)));
        for bad in [
            "",
            "2011-02-01",
            "2011-02-01T00:02:12",
            "2011-02-01T00:02:12+0100",
            "+011-02-01T00:02:12Z",
            "2011-02-01T00:02:12Zé",
        ] {
            assert_eq!(instant(bad), None, "{bad}");
        }
        // Every offering's dates are instants (the filters rely on it).
        let service = Service::seeded(TOKEN.into()).unwrap();
        for o in &service.offerings {
            for date in [&o.created_date, &o.registration_begin_date, &o.registration_end_date]
                .into_iter()
                .flatten()
            {
                assert!(instant(date.as_str()).is_some(), "{date:?}");
            }
        }
    }
}
