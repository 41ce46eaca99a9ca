// The shape the README shows: the trait named through the generated module, `async fn`s, the
// derived router, and `not_implemented` for the operations without a handler.
mod api {
    specgen_macros::generate!("specs/smarterproctoring.yaml");
}

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl api::SmarterProctoringApi for Service {
    /// Who a token belongs to.
    type Principal = ();

    async fn authenticate_token(
        &self,
        credential: api::Token,
        _scopes: &[&str],
        _cx: &api::rt::RequestContext,
    ) -> Result<(), api::rt::AuthError> {
        match credential.0.as_str() {
            "secret" => Ok(()),
            _ => Err(api::rt::AuthError::forbidden("unknown token")),
        }
    }

    /// Doc comments and attributes on handlers stay.
    #[allow(clippy::unused_async)]
    async fn update_course_offering(
        &self,
        _cx: api::rt::RequestContext,
        _principal: (),
        path: api::CourseOfferingsOfferingSidPath,
        body: api::UpdateCourseOfferingRequest,
    ) -> api::UpdateCourseOfferingResponse {
        api::UpdateCourseOfferingResponse::Ok(api::CourseOffering {
            sid: Some(Some(path.offering_sid.into_inner())),
            title: Some(Some(body.title)),
            last_activity_date: None,
            match_strings: None,
            start_date: None,
            end_date: None,
            created_date: None,
            edit_date: None,
        })
    }
}

fn main() {
    let _app: axum::Router = Service.into_router();
}
