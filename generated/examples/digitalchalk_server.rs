//! A DigitalChalk demo server, written the way a user writes one: implement the generated
//! `DigitalChalkApi` trait and serve the generated `router`. The router checks that a bearer token
//! came and that the id is lowercase hex before `get_offering` runs; this file holds only the
//! business logic.
//!
//! `cargo run -p generated --example digitalchalk_server -- --listen 127.0.0.1:8081 --token TOKEN`

mod common;

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::Arc;

use generated::digitalchalk::{
    Bearer, DigitalChalkApi, Errors, GetOfferingPath, GetOfferingResponse, GetOfferingUnauthorizedHeaders, Offering,
    router,
};

const PROGRAM: &str = "digitalchalk_server";

/// The seed page's "Example Offering Object", verbatim.
const SEED_OFFERING: &str = r#"{ "id" : "56701a2d2f926674acede4d1ce880692", "title" : "Principles of Commercial Property Appraisal 2013", "createdDate" : "2011-02-01T00:02:12Z", "beginDate" : "2012-05-01T00:00:00Z", "endDate" : "2013-12-31T23:59:59Z", "registrationBeginDate" : "2012-05-01T00:00:00Z", "registrationEndDate" : "2013-12-31T23:59:59Z", "catalogDescription" : "This course highlights the differences between commercial and residential appraisals with a focus on 2013 changes to the certification examination.", "dashboardDescription" : "Welcome to your commercial property appraisal course", "deliveryDescription" : "Commercial Property Appraisal 2013", "price" : 500.0, "offeringCategoryIds" : [ "7822fec62f926674acede4d1c87ea25f", "ece5f268697213aef78845b221880692" ], "tags" : [ "commercial", "appraisal", "realestate" ], "orderIndex" : 0 }"#;

struct Service {
    token: String,
    /// Offerings by id. The API documents no operation that changes an offering, so the store is
    /// only read and needs no lock.
    offerings: HashMap<String, Offering>,
}

impl Service {
    fn seeded(token: String) -> Result<Service, serde_json::Error> {
        let offering: Offering = serde_json::from_str(SEED_OFFERING)?;
        let id = offering.id.clone().unwrap_or_default();
        Ok(Service {
            token,
            offerings: HashMap::from([(id, offering)]),
        })
    }
}

/// The vendor's `{errors: [...]}` body.
fn errors(message: &str) -> Errors {
    Errors {
        errors: Some(vec![message.into()]),
        field_errors: None,
    }
}

impl DigitalChalkApi for Service {
    async fn get_offering(&self, auth: Bearer, path: GetOfferingPath) -> GetOfferingResponse {
        // The router has answered 401 already when no bearer token came; a wrong one is a 401 too,
        // with the vendor's error body and the challenge HTTP requires (RFC 6750's error code).
        if !common::token_matches(&auth.0, &self.token) {
            return GetOfferingResponse::Unauthorized {
                body: errors("The bearer token is not valid."),
                headers: GetOfferingUnauthorizedHeaders {
                    www_authenticate: Some(r#"Bearer error="invalid_token""#.into()),
                },
            };
        }
        match self.offerings.get(path.id.as_str()) {
            Some(offering) => GetOfferingResponse::Ok(offering.clone()),
            // The vendor's 404 message (RELATED-FACTS).
            None => GetOfferingResponse::NotFound(errors("No resource exists with the given id.")),
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = common::Args::parse(PROGRAM, "127.0.0.1:8081");
    let service = match Service::seeded(args.token) {
        Ok(service) => service,
        Err(e) => {
            eprintln!("{PROGRAM}: the seed offering does not fit the Offering schema: {e}");
            return ExitCode::FAILURE;
        }
    };
    common::serve(PROGRAM, args.listen, router(Arc::new(service))).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use generated::digitalchalk::OfferingId;

    fn path(id: &str) -> GetOfferingPath {
        GetOfferingPath {
            id: OfferingId::new(id).unwrap(),
        }
    }

    #[tokio::test]
    async fn serves_the_page_example_exactly() {
        let service = Service::seeded("secret".into()).unwrap();
        let response = service
            .get_offering(Bearer("secret".into()), path("56701a2d2f926674acede4d1ce880692"))
            .await;
        let GetOfferingResponse::Ok(offering) = response else {
            panic!("{response:?}")
        };
        // Same keys, same order, same values (`500.0` included) as the page's example.
        let page: serde_json::Value = serde_json::from_str(SEED_OFFERING).unwrap();
        assert_eq!(
            serde_json::to_string(&offering).unwrap(),
            serde_json::to_string(&page).unwrap()
        );
    }

    #[tokio::test]
    async fn wrong_token_and_unknown_id() {
        let service = Service::seeded("secret".into()).unwrap();
        let wrong = service
            .get_offering(Bearer("nope".into()), path("56701a2d2f926674acede4d1ce880692"))
            .await;
        let GetOfferingResponse::Unauthorized { headers, .. } = wrong else {
            panic!("{wrong:?}")
        };
        assert_eq!(
            headers.www_authenticate.as_deref(),
            Some(r#"Bearer error="invalid_token""#)
        );
        let unknown = service.get_offering(Bearer("secret".into()), path("abc")).await;
        assert_eq!(
            unknown,
            GetOfferingResponse::NotFound(errors("No resource exists with the given id."))
        );
    }
}
