//! A SmarterProctoring demo server, written the way a user writes one: implement the generated
//! `SmarterProctoringApi` trait and serve the generated `router`. The router checks everything
//! the spec says (token present, SIDs, body media type, size and schema) before
//! `update_course_offering` runs; this file holds only the business logic.
//!
//! `cargo run -p generated --example smarterproctoring_server -- --listen 127.0.0.1:8080 --token TOKEN`

mod common;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use generated::smarterproctoring::{
    CourseOffering, Error, SmarterProctoringApi, Token, UpdateCourseOfferingPath, UpdateCourseOfferingRequest,
    UpdateCourseOfferingResponse, router,
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
}

/// Installs by SID, each with its course offerings by SID.
type Store = HashMap<String, HashMap<String, Offering>>;

struct Service {
    token: String,
    store: Mutex<Store>,
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
        let install = HashMap::from([(SEED_OFFERING.to_owned(), offering)]);
        Service {
            token,
            store: Mutex::new(HashMap::from([(SEED_INSTALL.to_owned(), install)])),
        }
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

/// The `{code, message, status}` body the spec documents for the vendor's errors.
fn error(code: &str, message: &str, status: i64) -> Error {
    Error {
        code: Some(code.into()),
        message: Some(message.into()),
        status: Some(status),
    }
}

impl SmarterProctoringApi for Service {
    async fn update_course_offering(
        &self,
        auth: Token,
        path: UpdateCourseOfferingPath,
        body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        // The router has answered 401 already when no token came; a wrong one is the vendor's 403.
        if !common::token_matches(&auth.0, &self.token) {
            return UpdateCourseOfferingResponse::Forbidden(error(
                "AUTHENTICATIONFAILED",
                "Token is invalid or expired.",
                403,
            ));
        }
        // A poisoned lock only means another request panicked mid-update; every update below
        // writes a whole offering at once, so the data is still consistent.
        let mut store = self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(install) = store.get_mut(path.install_sid.as_str()) else {
            return UpdateCourseOfferingResponse::NotFound(error("RESOURCENOTFOUND", "Install not found.", 404));
        };
        let Some(offering) = install.get_mut(path.offering_sid.as_str()) else {
            return UpdateCourseOfferingResponse::NotFound(error(
                "RESOURCENOTFOUND",
                "Course offering not found.",
                404,
            ));
        };
        // The update replaces the whole configuration (RELATED-FACTS): an absent date is cleared,
        // like an explicit null. The offering keeps its creation date; the edit is its latest activity.
        let now = common::now_rfc3339();
        *offering = Offering {
            title: body.title,
            match_strings: split_match_strings(&body.match_strings),
            start_date: body.start_date.flatten().map(String::from),
            end_date: body.end_date.flatten().map(String::from),
            created_date: offering.created_date.clone(),
            edit_date: now.clone(),
            last_activity_date: now,
        };
        UpdateCourseOfferingResponse::Ok(offering.to_response(path.offering_sid.as_str()))
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
    use super::*;
    use generated::smarterproctoring::{InstallSid, OfferingSid};

    fn path(install: &str, offering: &str) -> UpdateCourseOfferingPath {
        UpdateCourseOfferingPath {
            install_sid: InstallSid::new(install).unwrap(),
            offering_sid: OfferingSid::new(offering).unwrap(),
        }
    }

    fn body(json: &str) -> UpdateCourseOfferingRequest {
        serde_json::from_str(json).unwrap()
    }

    #[tokio::test]
    async fn updates_are_stored_and_dated() {
        let service = Service::seeded("secret".into());
        let first = body(r#"{"title": "Spring", "matchStrings": "SP25, Spring 2025,", "startDate": "2025-01-01Z"}"#);
        let UpdateCourseOfferingResponse::Ok(got) = service
            .update_course_offering(Token("secret".into()), path(SEED_INSTALL, SEED_OFFERING), first)
            .await
        else {
            panic!("not 200")
        };
        assert_eq!(got.match_strings, Some(Some(vec!["SP25".into(), "Spring 2025".into()])));
        assert_eq!(got.start_date, Some(Some("2025-01-01Z".into())));
        assert_eq!(got.end_date, Some(None), "an absent date is cleared");
        assert_eq!(got.created_date, Some(Some(EXAMPLE_DATE.into())));
        let edited = got.edit_date.clone().flatten().unwrap();
        assert_ne!(edited, EXAMPLE_DATE);
        assert_eq!(got.last_activity_date, got.edit_date);

        let stored = service.store.lock().unwrap()[SEED_INSTALL][SEED_OFFERING].clone();
        assert_eq!((stored.title.as_str(), stored.edit_date), ("Spring", edited));
    }

    #[tokio::test]
    async fn wrong_token_and_unknown_sids() {
        let service = Service::seeded("secret".into());
        let update = || body(r#"{"title": "t", "matchStrings": "m"}"#);
        let other = "CO0000000000000000000000000000000a";
        let cases = [
            ("wrong", SEED_INSTALL, SEED_OFFERING, 403),
            ("secret", "AI0000000000000000000000000000000a", SEED_OFFERING, 404),
            ("secret", SEED_INSTALL, other, 404),
        ];
        for (token, install, offering, status) in cases {
            let response = service
                .update_course_offering(Token(token.into()), path(install, offering), update())
                .await;
            let (UpdateCourseOfferingResponse::Forbidden(e) | UpdateCourseOfferingResponse::NotFound(e)) = response
            else {
                panic!("{response:?}")
            };
            assert_eq!(e.status, Some(status));
        }
        assert_eq!(
            service.store.lock().unwrap()[SEED_INSTALL][SEED_OFFERING].title,
            "Fall 2024"
        );
    }
}
