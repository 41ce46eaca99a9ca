//! A SmarterProctoring demo server, written the way a user writes one: implement the generated
//! `SmarterProctoringApi` trait and serve the generated `router`. The router checks everything
//! the spec says (token present, SIDs, query parameters, body media type, size and schema) before
//! a method runs; this file holds only the business logic: the course offerings of each install,
//! listed, created, read, updated and deleted in memory.
//!
//! `cargo run -p generated --example smarterproctoring_server -- --listen 127.0.0.1:8080 --token TOKEN`

mod common;

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, MutexGuard};

use generated::smarterproctoring::{
    CourseOffering, CourseOfferingList, CourseOfferingsOfferingSidPath, CourseOfferingsPath,
    CreateCourseOfferingResponse, DeleteCourseOfferingResponse, Error, GetCourseOfferingResponse,
    ListCourseOfferingsQuery, ListCourseOfferingsResponse, Problem, SmarterProctoringApi, SortKeysItem, SortOrder,
    Token, UpdateCourseOfferingRequest, UpdateCourseOfferingResponse, router, rt,
};

const PROGRAM: &str = "smarterproctoring_server";

/// The seed page's path examples.
const SEED_INSTALL: &str = "AI1234567890abcdef1234567890abcdef";
const SEED_OFFERING: &str = "CO1234567890abcdef1234567890abcdef";
/// The vendor's example date (the seed page's request example, and RELATED-FACTS).
const EXAMPLE_DATE: &str = "1970-01-01T00:00:00.000Z";

/// An offering as stored: the response's fields without the page's "maybe absent" layer.
#[derive(Clone, Debug, PartialEq)]
struct Offering {
    title: String,
    match_strings: Vec<String>,
    start_date: Option<String>,
    end_date: Option<String>,
    created_date: String,
    edit_date: String,
    last_activity_date: String,
}

impl Offering {
    /// A new offering from the create or update body, dated `now`.
    fn from_body(body: UpdateCourseOfferingRequest, created_date: String, now: String) -> Offering {
        Offering {
            title: body.title,
            match_strings: split_match_strings(&body.match_strings),
            // The body replaces the whole configuration (RELATED-FACTS): an absent date is
            // cleared, like an explicit null.
            start_date: body.start_date.flatten().map(String::from),
            end_date: body.end_date.flatten().map(String::from),
            created_date,
            edit_date: now.clone(),
            last_activity_date: now,
        }
    }

    fn to_response(&self, sid: &str) -> CourseOffering {
        CourseOffering {
            sid: Some(Some(sid.to_owned())),
            last_activity_date: Some(Some(self.last_activity_date.clone())),
            title: Some(Some(self.title.clone())),
            match_strings: Some(Some(self.match_strings.clone())),
            start_date: Some(self.start_date.clone()),
            end_date: Some(self.end_date.clone()),
            created_date: Some(Some(self.created_date.clone())),
            edit_date: Some(Some(self.edit_date.clone())),
        }
    }

    /// The text it holds, in bytes: what the store's byte bound counts.
    fn bytes(&self, sid: &str) -> usize {
        let dates = [&self.start_date, &self.end_date].into_iter().flatten();
        let text = [
            &self.title,
            &self.created_date,
            &self.edit_date,
            &self.last_activity_date,
        ];
        sid.len()
            + text
                .into_iter()
                .chain(dates)
                .chain(&self.match_strings)
                .map(String::len)
                .sum::<usize>()
    }

    /// The value a `sortKeys` key sorts by; `None` sorts first.
    fn sort_value<'a>(&'a self, sid: &'a str, key: SortKeysItem) -> Option<&'a str> {
        match key {
            SortKeysItem::Sid => Some(sid),
            SortKeysItem::LastActivityDate => Some(&self.last_activity_date),
            SortKeysItem::Title => Some(&self.title),
            SortKeysItem::StartDate => self.start_date.as_deref(),
            SortKeysItem::EndDate => self.end_date.as_deref(),
            SortKeysItem::CreatedDate => Some(&self.created_date),
            SortKeysItem::EditDate => Some(&self.edit_date),
        }
    }
}

/// Installs by SID, each with its course offerings (SID and offering) in the order they were
/// created, which is the order of a list without `sortKeys`.
type Store = HashMap<String, Vec<(String, Offering)>>;

/// How much the in-memory store holds, so that creates and updates cannot grow it without bound
/// (about 500 creates of 1.8 MB would otherwise exhaust a small machine). A change that would pass
/// it is answered 507 with a problem body: the spec's `StoreFull` response, which quotes
/// `DEFAULT`'s numbers.
#[derive(Clone, Copy, Debug)]
struct Capacity {
    offerings: usize,
    /// The text of every offering (`Offering::bytes`).
    bytes: usize,
}

impl Capacity {
    const DEFAULT: Capacity = Capacity {
        offerings: 10_000,
        bytes: 64 << 20,
    };

    /// Whether `store` has room for `adding` (with its SID), in place of `replacing` when given.
    fn has_room(&self, store: &Store, replacing: Option<(&str, &Offering)>, adding: (&str, &Offering)) -> bool {
        let all = store.values().flatten();
        let count = all.clone().count() + usize::from(replacing.is_none());
        let bytes = all.map(|(sid, o)| o.bytes(sid)).sum::<usize>() - replacing.map_or(0, |(sid, o)| o.bytes(sid))
            + adding.1.bytes(adding.0);
        count <= self.offerings && bytes <= self.bytes
    }

    /// The 507's body.
    fn full(&self) -> Problem {
        Problem {
            kind: "about:blank".into(),
            title: "Insufficient Storage".into(),
            status: 507,
            detail: format!(
                "the store is full ({} offerings, {} bytes at most); delete offerings first",
                self.offerings, self.bytes
            ),
            errors: Vec::new(),
        }
    }
}

struct Service {
    token: String,
    store: Mutex<Store>,
    capacity: Capacity,
}

impl Service {
    /// The store holds the page's own example: its request body applied to its path examples,
    /// with the vendor's example date for the dates the page leaves as placeholders.
    fn seeded(token: String) -> Service {
        let offering = Offering {
            title: "Fall 2024".into(),
            match_strings: split_match_strings("Fall 2024,FA24"),
            start_date: Some(EXAMPLE_DATE.into()),
            end_date: Some(EXAMPLE_DATE.into()),
            created_date: EXAMPLE_DATE.into(),
            edit_date: EXAMPLE_DATE.into(),
            last_activity_date: EXAMPLE_DATE.into(),
        };
        Service {
            token,
            store: Mutex::new(HashMap::from([(
                SEED_INSTALL.to_owned(),
                vec![(SEED_OFFERING.to_owned(), offering)],
            )])),
            capacity: Capacity::DEFAULT,
        }
    }

    /// The store. A poisoned lock only means another request panicked mid-change; every change
    /// below writes a whole offering at once, so the data is still consistent.
    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The request's comma-separated `matchStrings` as the response's array. Blanks around a comma
/// and empty entries carry no pattern, so they are dropped (`"Fall 2024, FA24,"` is two patterns).
fn split_match_strings(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A new course-offering SID: `CO` and 32 lowercase hex digits that form a UUID v4 without
/// dashes, as the vendor's SIDs are (RELATED-FACTS). The bits come from the standard library's
/// randomly keyed hasher, which is random enough for demo identifiers (not for secrets).
fn new_offering_sid(taken: &[(String, Offering)]) -> String {
    loop {
        let state = RandomState::new();
        let bits = (u128::from(state.hash_one(1u8)) << 64) | u128::from(state.hash_one(2u8));
        // Version 4 in the 13th hex digit, the RFC 4122 variant in the 17th.
        let uuid = (bits & !(0xf << 76) & !(0x3 << 62)) | (0x4 << 76) | (0x2 << 62);
        let sid = format!("CO{uuid:032x}");
        if !taken.iter().any(|(s, _)| *s == sid) {
            return sid;
        }
    }
}

/// The `{code, message, status}` body the spec documents for the vendor's errors.
fn error(code: &str, message: &str, status: i64) -> Error {
    Error {
        code: Some(code.into()),
        message: Some(message.into()),
        status: Some(status),
    }
}

fn install_not_found() -> Error {
    error("RESOURCENOTFOUND", "Install not found.", 404)
}

fn offering_not_found() -> Error {
    error("RESOURCENOTFOUND", "Course offering not found.", 404)
}

/// One page of `offerings` as the list envelope, with the links to the other pages carrying the
/// request's `limit` and sorting.
fn page(install: &str, offerings: &[(String, Offering)], query: &ListCourseOfferingsQuery) -> CourseOfferingList {
    let mut ordered: Vec<&(String, Offering)> = offerings.iter().collect();
    let descending = query.sort_order == Some(SortOrder::Desc);
    match &query.sort_keys {
        Some(keys) => {
            let compare = |a: &&(String, Offering), b: &&(String, Offering)| {
                let order = keys.as_slice().iter().fold(Ordering::Equal, |order, &key| {
                    order.then_with(|| a.1.sort_value(&a.0, key).cmp(&b.1.sort_value(&b.0, key)))
                });
                if descending { order.reverse() } else { order }
            };
            // Stable: offerings that tie on every key stay in the order they were created.
            ordered.sort_by(compare);
        }
        None if descending => ordered.reverse(),
        None => {}
    }

    let total = ordered.len();
    // Both are >= 0 (the router checked); i32 always fits in usize on the targets axum runs on.
    let offset = query
        .offset
        .map_or(0, |o| usize::try_from(o.get()).unwrap_or(usize::MAX));
    let limit = query.limit.map(|l| usize::try_from(l.get()).unwrap_or(usize::MAX));
    let results: Vec<CourseOffering> = ordered
        .iter()
        .skip(offset)
        .take(limit.unwrap_or(usize::MAX))
        .map(|(sid, offering)| offering.to_response(sid))
        .collect();

    let mut carried = String::new();
    if let Some(limit) = limit {
        carried.push_str(&format!("&limit={limit}"));
    }
    if let Some(keys) = &query.sort_keys {
        let keys: Vec<&str> = keys.as_slice().iter().map(SortKeysItem::as_str).collect();
        carried.push_str(&format!("&sortKeys={}", keys.join(",")));
    }
    if let Some(order) = query.sort_order {
        carried.push_str(&format!("&sortOrder={}", order.as_str()));
    }
    let link = |offset: usize| format!("/v1/installs/{install}/courseOfferings?offset={offset}{carried}");
    // Without a limit the page runs to the end: there is no next page, and the previous "page"
    // is everything before this one.
    let step = limit.unwrap_or(offset);
    let next = match limit {
        Some(limit) if limit > 0 && offset.saturating_add(limit) < total => Some(link(offset + limit)),
        _ => None,
    };
    let prev = (offset > 0).then(|| link(offset.saturating_sub(step)));
    let last = match limit {
        // A page that holds nothing has no last page to point at.
        Some(0) => None,
        Some(limit) => Some(link(total.saturating_sub(1) / limit * limit)),
        None => Some(link(0)),
    };
    let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
    CourseOfferingList {
        total: count(total),
        count: count(results.len()),
        offset: count(offset),
        first: Some(link(0)),
        next,
        prev,
        last,
        results,
    }
}

impl SmarterProctoringApi for Service {
    /// Every operation needs the server's one token: it stands for no one in particular.
    type Principal = ();

    /// Whether the token is the server's. The router has answered 401 already when no token came;
    /// a wrong one is the vendor's 403, with the vendor's body.
    async fn authenticate_token(
        &self,
        credential: Token,
        _scopes: &[&str],
        _cx: &rt::RequestContext,
    ) -> Result<(), rt::AuthError> {
        if common::token_matches(&credential.0, &self.token) {
            return Ok(());
        }
        let body = error("AUTHENTICATIONFAILED", "Token is invalid or expired.", 403);
        Err(
            rt::AuthError::forbidden("Token is invalid or expired.").with_response(rt::json(
                403,
                "application/json",
                &body,
            )),
        )
    }

    async fn list_course_offerings(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsPath,
        query: ListCourseOfferingsQuery,
    ) -> ListCourseOfferingsResponse {
        let store = self.store();
        match store.get(path.install_sid.as_str()) {
            Some(offerings) => ListCourseOfferingsResponse::Ok(page(path.install_sid.as_str(), offerings, &query)),
            None => ListCourseOfferingsResponse::NotFound(install_not_found()),
        }
    }

    async fn create_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsPath,
        body: UpdateCourseOfferingRequest,
    ) -> CreateCourseOfferingResponse {
        let mut store = self.store();
        let Some(offerings) = store.get(path.install_sid.as_str()) else {
            return CreateCourseOfferingResponse::NotFound(install_not_found());
        };
        let now = common::now_rfc3339();
        let offering = Offering::from_body(body, now.clone(), now);
        let sid = new_offering_sid(offerings);
        if !self.capacity.has_room(&store, None, (&sid, &offering)) {
            return CreateCourseOfferingResponse::InsufficientStorage(self.capacity.full());
        }
        let response = offering.to_response(&sid);
        let offerings = store.entry(path.install_sid.into_inner()).or_default();
        offerings.push((sid, offering));
        CreateCourseOfferingResponse::Created(response)
    }

    async fn get_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
    ) -> GetCourseOfferingResponse {
        let store = self.store();
        let Some(offerings) = store.get(path.install_sid.as_str()) else {
            return GetCourseOfferingResponse::NotFound(install_not_found());
        };
        match offerings.iter().find(|(sid, _)| sid == path.offering_sid.as_str()) {
            Some((sid, offering)) => GetCourseOfferingResponse::Ok(offering.to_response(sid)),
            None => GetCourseOfferingResponse::NotFound(offering_not_found()),
        }
    }

    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
        body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        let mut store = self.store();
        let Some(offerings) = store.get(path.install_sid.as_str()) else {
            return UpdateCourseOfferingResponse::NotFound(install_not_found());
        };
        let Some(index) = offerings.iter().position(|(sid, _)| sid == path.offering_sid.as_str()) else {
            return UpdateCourseOfferingResponse::NotFound(offering_not_found());
        };
        let (sid, old) = &offerings[index];
        // The offering keeps its creation date; the edit is its latest activity.
        let offering = Offering::from_body(body, old.created_date.clone(), common::now_rfc3339());
        if !self.capacity.has_room(&store, Some((sid, old)), (sid, &offering)) {
            return UpdateCourseOfferingResponse::InsufficientStorage(self.capacity.full());
        }
        let response = offering.to_response(sid);
        if let Some(slot) = store.get_mut(path.install_sid.as_str()).and_then(|o| o.get_mut(index)) {
            slot.1 = offering;
        }
        UpdateCourseOfferingResponse::Ok(response)
    }

    async fn delete_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: (),
        path: CourseOfferingsOfferingSidPath,
    ) -> DeleteCourseOfferingResponse {
        let mut store = self.store();
        let Some(offerings) = store.get_mut(path.install_sid.as_str()) else {
            return DeleteCourseOfferingResponse::NotFound(install_not_found());
        };
        match offerings.iter().position(|(sid, _)| sid == path.offering_sid.as_str()) {
            Some(index) => {
                // `remove`, not `swap_remove`: the others keep their creation order.
                offerings.remove(index);
                DeleteCourseOfferingResponse::NoContent
            }
            None => DeleteCourseOfferingResponse::NotFound(offering_not_found()),
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = common::Args::parse(PROGRAM, "127.0.0.1:8080");
    let service = Arc::new(Service::seeded(args.token));
    common::serve(PROGRAM, args.listen, router(service)).await
}

#[cfg(test)]
mod tests {
    //! The service through the generated router and client over 127.0.0.1, as a user of the demo
    //! server meets it: every operation, and each error the service itself answers.

    use super::*;
    use generated::smarterproctoring::{
        Client, DeleteCourseOfferingError, InstallSid, Limit, OfferingSid, Offset, SortKeys, UpdateCourseOfferingError,
        rt,
    };

    const TOKEN: &str = "secret";
    const OTHER_INSTALL: &str = "AI0000000000000000000000000000000a";

    /// Serves a freshly seeded service on 127.0.0.1 (a free port); its base URL.
    async fn serve() -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = router(Arc::new(Service::seeded(TOKEN.into())));
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}")
    }

    async fn client() -> Client {
        client_at(serve().await)
    }

    /// A client of the server at `base`, with the service's token.
    fn client_at(base: String) -> Client {
        Client::builder(base).token(TOKEN).build().unwrap()
    }

    /// Serves `service` on 127.0.0.1 as `main` does (limits, request deadline); its base URL.
    async fn serve_as_main(service: Service) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = router(Arc::new(service));
        tokio::spawn(common::serve_on(
            listener,
            app,
            common::Limits::DEFAULT,
            std::future::pending(),
        ));
        format!("http://{addr}")
    }

    fn install(sid: &str) -> InstallSid {
        InstallSid::new(sid).unwrap()
    }

    fn offering(sid: &str) -> OfferingSid {
        OfferingSid::new(sid).unwrap()
    }

    fn body(json: &str) -> UpdateCourseOfferingRequest {
        serde_json::from_str(json).unwrap()
    }

    fn list_path(sid: &str) -> CourseOfferingsPath {
        CourseOfferingsPath {
            install_sid: install(sid),
        }
    }

    fn query(
        offset: Option<i32>,
        limit: Option<i32>,
        keys: &[SortKeysItem],
        order: Option<SortOrder>,
    ) -> ListCourseOfferingsQuery {
        ListCourseOfferingsQuery {
            offset: offset.map(|o| Offset::new(o).unwrap()),
            limit: limit.map(|l| Limit::new(l).unwrap()),
            sort_keys: (!keys.is_empty()).then(|| SortKeys::new(keys.to_vec()).unwrap()),
            sort_order: order,
        }
    }

    async fn create(client: &Client, json: &str) -> CourseOffering {
        let path = CourseOfferingsPath {
            install_sid: install(SEED_INSTALL),
        };
        client.create_course_offering(&path, &body(json)).await.unwrap()
    }

    async fn list(client: &Client, query: &ListCourseOfferingsQuery) -> CourseOfferingList {
        client
            .list_course_offerings(&list_path(SEED_INSTALL), query)
            .await
            .unwrap()
    }

    fn titles(page: &CourseOfferingList) -> Vec<&str> {
        page.results
            .iter()
            .map(|o| o.title.as_ref().and_then(Option::as_deref).unwrap_or(""))
            .collect()
    }

    #[tokio::test]
    async fn create_get_list_update_delete_round_trip() {
        let client = client().await;
        let created = create(
            &client,
            r#"{"title": "Spring 2025", "matchStrings": "SP25, Spring 2025,", "startDate": "2025-01-01Z"}"#,
        )
        .await;
        let sid = created.sid.clone().flatten().unwrap();
        assert!(OfferingSid::new(&sid).is_ok(), "a SID the API accepts: {sid}");
        assert_eq!(&sid[14..15], "4", "a UUID v4 without dashes: {sid}");
        assert_eq!(
            created.match_strings,
            Some(Some(vec!["SP25".into(), "Spring 2025".into()]))
        );
        assert_eq!(created.start_date, Some(Some("2025-01-01Z".into())));
        assert_eq!(created.end_date, Some(None));
        assert_eq!(created.created_date, created.edit_date);
        assert_ne!(created.created_date, Some(Some(EXAMPLE_DATE.into())));

        let path = CourseOfferingsOfferingSidPath {
            install_sid: install(SEED_INSTALL),
            offering_sid: offering(&sid),
        };
        let got = client.get_course_offering(&path).await.unwrap();
        assert_eq!(got, created);

        let page = list(&client, &query(None, None, &[], None)).await;
        assert_eq!(
            (page.total, page.count, titles(&page)),
            (2, 2, vec!["Fall 2024", "Spring 2025"])
        );

        let update = CourseOfferingsOfferingSidPath {
            install_sid: install(SEED_INSTALL),
            offering_sid: offering(&sid),
        };
        let updated = client
            .update_course_offering(&update, &body(r#"{"title": "Summer", "matchStrings": "SU"}"#))
            .await
            .unwrap();
        assert_eq!(
            (updated.title.clone(), updated.created_date.clone()),
            (Some(Some("Summer".into())), created.created_date)
        );
        assert_eq!(
            updated.start_date,
            Some(None),
            "the update replaces the whole configuration"
        );

        let delete = CourseOfferingsOfferingSidPath {
            install_sid: install(SEED_INSTALL),
            offering_sid: offering(&sid),
        };
        // 204: `()`. The documented errors below are read whole with the `*_response` methods.
        client.delete_course_offering(&delete).await.unwrap();
        assert_eq!(
            client.get_course_offering_response(&path).await.unwrap(),
            GetCourseOfferingResponse::NotFound(offering_not_found()),
            "gone after the delete"
        );
        assert_eq!(
            client.delete_course_offering_response(&delete).await.unwrap(),
            DeleteCourseOfferingResponse::NotFound(offering_not_found()),
            "a second delete finds nothing"
        );
        let page = list(&client, &query(None, None, &[], None)).await;
        assert_eq!((page.total, titles(&page)), (1, vec!["Fall 2024"]));
    }

    #[tokio::test]
    async fn lists_page_and_sort() {
        let client = client().await;
        for (title, start) in [("B", "2025-03-01Z"), ("A", "2025-01-01Z"), ("C", "2025-02-01Z")] {
            create(
                &client,
                &format!(r#"{{"title": "{title}", "matchStrings": "x", "startDate": "{start}"}}"#),
            )
            .await;
        }
        // Created order: Fall 2024, B, A, C.
        let page = list(&client, &query(Some(1), Some(2), &[], None)).await;
        let base = format!("/v1/installs/{SEED_INSTALL}/courseOfferings");
        assert_eq!(
            (page.total, page.count, page.offset, titles(&page)),
            (4, 2, 1, vec!["B", "A"])
        );
        assert_eq!(page.first.as_deref(), Some(format!("{base}?offset=0&limit=2").as_str()));
        assert_eq!(page.prev.as_deref(), Some(format!("{base}?offset=0&limit=2").as_str()));
        assert_eq!(page.next.as_deref(), Some(format!("{base}?offset=3&limit=2").as_str()));
        assert_eq!(page.last.as_deref(), Some(format!("{base}?offset=2&limit=2").as_str()));

        let page = list(&client, &query(Some(3), Some(2), &[], None)).await;
        assert_eq!(
            (page.count, titles(&page), page.next.as_deref()),
            (1, vec!["C"], None),
            "the last page"
        );
        let page = list(&client, &query(Some(9), None, &[], None)).await;
        assert_eq!(
            (page.total, page.count, page.results.len()),
            (4, 0, 0),
            "past the end: an empty page"
        );
        let page = list(&client, &query(None, Some(0), &[], None)).await;
        assert_eq!(
            (page.count, page.next.as_deref(), page.last.as_deref()),
            (0, None, None),
            "limit 0 holds nothing"
        );

        let page = list(&client, &query(None, None, &[SortKeysItem::Title], None)).await;
        assert_eq!(titles(&page), ["A", "B", "C", "Fall 2024"]);
        let page = list(
            &client,
            &query(None, Some(2), &[SortKeysItem::StartDate], Some(SortOrder::Desc)),
        )
        .await;
        assert_eq!(titles(&page), ["B", "C"], "text order of the dates, descending");
        assert!(
            page.next
                .unwrap()
                .ends_with("offset=2&limit=2&sortKeys=startDate&sortOrder=DESC")
        );
        let page = list(&client, &query(None, None, &[], Some(SortOrder::Desc))).await;
        assert_eq!(titles(&page), ["C", "A", "B", "Fall 2024"], "newest first");
    }

    #[tokio::test]
    async fn wrong_token_and_unknown_sids() {
        let base = serve().await;
        let client = client_at(base.clone());
        let wrong = Client::builder(base).token("wrong").build().unwrap();
        let forbidden = error("AUTHENTICATIONFAILED", "Token is invalid or expired.", 403);
        let empty = query(None, None, &[], None);
        assert_eq!(
            wrong
                .list_course_offerings_response(&list_path(SEED_INSTALL), &empty)
                .await
                .unwrap(),
            ListCourseOfferingsResponse::Forbidden(forbidden.clone())
        );
        assert_eq!(
            client
                .list_course_offerings_response(&list_path(OTHER_INSTALL), &empty)
                .await
                .unwrap(),
            ListCourseOfferingsResponse::NotFound(install_not_found())
        );
        let create = |sid: &str| CourseOfferingsPath {
            install_sid: install(sid),
        };
        let new = body(r#"{"title": "t", "matchStrings": "m"}"#);
        assert_eq!(
            wrong
                .create_course_offering_response(&create(SEED_INSTALL), &new)
                .await
                .unwrap(),
            CreateCourseOfferingResponse::Forbidden(forbidden.clone())
        );
        assert_eq!(
            client
                .create_course_offering_response(&create(OTHER_INSTALL), &new)
                .await
                .unwrap(),
            CreateCourseOfferingResponse::NotFound(install_not_found())
        );
        let unknown = "CO0000000000000000000000000000000a";
        for (caller, install_sid, offering_sid, expected) in [
            (&wrong, SEED_INSTALL, SEED_OFFERING, forbidden.clone()),
            (&client, OTHER_INSTALL, SEED_OFFERING, install_not_found()),
            (&client, SEED_INSTALL, unknown, offering_not_found()),
        ] {
            let (i, o) = (install(install_sid), offering(offering_sid));
            let get = CourseOfferingsOfferingSidPath {
                install_sid: i.clone(),
                offering_sid: o.clone(),
            };
            let update = CourseOfferingsOfferingSidPath {
                install_sid: i.clone(),
                offering_sid: o.clone(),
            };
            let delete = CourseOfferingsOfferingSidPath {
                install_sid: i,
                offering_sid: o,
            };
            let status = expected.status;
            let got = caller.get_course_offering_response(&get).await.unwrap();
            assert!(
                matches!(got, GetCourseOfferingResponse::Forbidden(ref e) | GetCourseOfferingResponse::NotFound(ref e) if *e == expected),
                "{status:?}: {got:?}"
            );
            let got = caller.update_course_offering_response(&update, &new).await.unwrap();
            assert!(
                matches!(got, UpdateCourseOfferingResponse::Forbidden(ref e) | UpdateCourseOfferingResponse::NotFound(ref e) if *e == expected),
                "{status:?}: {got:?}"
            );
            // The common method: the documented error is an `Err` with the typed body.
            let got = caller.delete_course_offering(&delete).await.unwrap_err();
            assert_eq!(got.status(), expected.status.map(|s| s as u16));
            let got = got.into_response().unwrap();
            assert!(
                matches!(got, DeleteCourseOfferingError::Forbidden(ref e) | DeleteCourseOfferingError::NotFound(ref e) if *e == expected),
                "{status:?}: {got:?}"
            );
        }
        // Nothing above changed the seed offering.
        let page = list(&client, &empty).await;
        assert_eq!((page.total, titles(&page)), (1, vec!["Fall 2024"]));
        assert_eq!(page.results[0].edit_date, Some(Some(EXAMPLE_DATE.into())));
    }

    /// What the router answers before the service runs, over plain HTTP (the client's types
    /// cannot even express these requests).
    #[tokio::test]
    async fn a_full_store_answers_507_until_offerings_are_deleted() {
        let capacity = Capacity {
            offerings: 3,
            bytes: 2000,
        };
        let service = Service {
            capacity,
            ..Service::seeded(TOKEN.into())
        };
        let base = serve_as_main(service).await;
        let client = client_at(base.clone());
        // The seed's offering and two more fit.
        let first = create(&client, r#"{"title": "a", "matchStrings": "a"}"#).await;
        create(&client, r#"{"title": "b", "matchStrings": "b"}"#).await;
        // The documented answer, on the wire: 507, a problem body, nothing stored.
        let collection = format!("{base}/v1/installs/{SEED_INSTALL}/courseOfferings");
        let response = reqwest::Client::new()
            .post(&collection)
            .header("token", TOKEN)
            .header("content-type", "application/json")
            .body(r#"{"title": "c", "matchStrings": "c"}"#)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 507);
        assert_eq!(response.headers()["content-type"], "application/problem+json");
        let problem: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        assert_eq!(problem["detail"], capacity.full().detail.as_str());
        assert_eq!(list(&client, &query(None, None, &[], None)).await.total, 3);
        // Bytes count too: an update to a longer title than fits is refused and changes nothing.
        let first_sid = first.sid.clone().flatten().unwrap();
        let path = CourseOfferingsOfferingSidPath {
            install_sid: install(SEED_INSTALL),
            offering_sid: offering(&first_sid),
        };
        let long = format!(r#"{{"title": "{}", "matchStrings": "a"}}"#, "x".repeat(2000));
        match client.update_course_offering(&path, &body(&long)).await {
            Err(rt::Error::Response {
                status: 507,
                error: UpdateCourseOfferingError::InsufficientStorage(p),
            }) => {
                assert_eq!((p.status, p.detail), (507, capacity.full().detail))
            }
            other => panic!("{other:?}"),
        }
        // A delete makes room again.
        let delete = CourseOfferingsOfferingSidPath {
            install_sid: install(SEED_INSTALL),
            offering_sid: offering(&first_sid),
        };
        client.delete_course_offering(&delete).await.unwrap();
        create(&client, r#"{"title": "c", "matchStrings": "c"}"#).await;
    }

    #[test]
    fn the_spec_documents_the_store_s_capacity() {
        let spec = include_str!("../../specs/smarterproctoring.yaml");
        assert!(spec.contains(&Capacity::DEFAULT.full().detail), "the example's detail");
        // Words compared without the line breaks of the spec's text.
        let words = spec.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words.contains("at most 10,000 course offerings and 64 MiB of their text"));
        assert_eq!(
            (Capacity::DEFAULT.offerings, Capacity::DEFAULT.bytes),
            (10_000, 64 << 20)
        );
    }

    #[tokio::test]
    async fn the_router_refuses_what_the_spec_rules_out() {
        let base = serve().await;
        let http = reqwest::Client::new();
        let collection = format!("{base}/v1/installs/{SEED_INSTALL}/courseOfferings");
        let item = format!("{collection}/{SEED_OFFERING}");
        let body = r#"{"title": "t", "matchStrings": "m"}"#;
        let send = |method: &str, url: &str, token: bool, content_type: &str, body: String| {
            let mut request = http
                .request(method.parse().unwrap(), url)
                .header("content-type", content_type)
                .body(body);
            if token {
                request = request.header("token", TOKEN);
            }
            async move {
                let response = request.send().await.unwrap();
                let status = response.status().as_u16();
                let kind = response
                    .headers()
                    .get("content-type")
                    .map(|v| v.to_str().unwrap().to_owned());
                (status, kind)
            }
        };
        let problem = Some("application/problem+json".to_owned());
        let json = "application/json";
        let operations = [
            ("GET", collection.clone(), false),
            ("POST", collection.clone(), true),
            ("GET", item.clone(), false),
            ("PUT", item.clone(), true),
            ("DELETE", item.clone(), false),
        ];
        for (method, url, takes_body) in &operations {
            let body = if *takes_body { body.to_owned() } else { String::new() };
            assert_eq!(
                send(method, url, false, json, body.clone()).await,
                (401, problem.clone()),
                "{method} {url}"
            );
            let bad_sid = url.replace(SEED_INSTALL, "AI123");
            assert_eq!(
                send(method, &bad_sid, true, json, body.clone()).await,
                (400, problem.clone()),
                "{method} {url}"
            );
            if *takes_body {
                assert_eq!(
                    send(method, url, true, "text/plain", body).await,
                    (415, problem.clone())
                );
                assert_eq!(send(method, url, true, json, "{".into()).await, (400, problem.clone()));
                assert_eq!(
                    send(method, url, true, json, r#"{"title": "t"}"#.into()).await,
                    (422, problem.clone())
                );
                let large = format!(r#"{{"title": "{}", "matchStrings": "m"}}"#, "x".repeat(3 << 20));
                assert_eq!(send(method, url, true, json, large).await, (413, problem.clone()));
            }
        }
        for query in [
            "offset=-1",
            "limit=-1",
            "limit=x",
            "sortKeys=colour",
            "sortKeys=",
            "sortOrder=asc",
        ] {
            let url = format!("{collection}?{query}");
            assert_eq!(
                send("GET", &url, true, json, String::new()).await,
                (400, problem.clone()),
                "{query}"
            );
        }
        for (method, url) in [("PUT", &collection), ("PATCH", &item), ("POST", &item)] {
            assert_eq!(
                send(method, url, true, json, body.into()).await,
                (405, problem.clone()),
                "{method} {url}"
            );
        }
        assert_eq!(
            send("GET", &format!("{base}/v1/installs"), true, json, String::new()).await,
            (404, problem)
        );
    }

    #[test]
    fn sids_are_uuid_v4_without_dashes() {
        let taken = Vec::new();
        let a = new_offering_sid(&taken);
        let b = new_offering_sid(&taken);
        assert_ne!(a, b);
        for sid in [a, b] {
            assert!(OfferingSid::new(&sid).is_ok(), "{sid}");
            assert_eq!(&sid[14..15], "4", "version: {sid}");
            assert!(matches!(&sid[18..19], "8" | "9" | "a" | "b"), "variant: {sid}");
        }
    }
}
