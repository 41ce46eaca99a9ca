// Parameters of the wrong type: each error is at that parameter's type and names the expected one.
mod api {
    specgen_macros::generate!("specs/smarterproctoring.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Service {
    type Principal = String;

    async fn authenticate_token(&self, token: Token, _: &[&str], _: &rt::RequestContext) -> Result<String, rt::AuthError> {
        Ok(token.0)
    }
    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: Option<String>,
        _path: String,
        _body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        UpdateCourseOfferingResponse::Forbidden(Error {
            code: None,
            message: None,
            status: None,
        })
    }
}

struct Short;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Short {
    type Principal = ();

    async fn authenticate_token(&self, _: Token, _: &[&str], _: &rt::RequestContext) -> Result<(), rt::AuthError> {
        Ok(())
    }
    async fn update_course_offering(&self, _cx: rt::RequestContext) -> UpdateCourseOfferingResponse {
        UpdateCourseOfferingResponse::Forbidden(Error {
            code: None,
            message: None,
            status: None,
        })
    }
}

fn main() {}
