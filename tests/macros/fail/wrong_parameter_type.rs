// Parameters of the wrong type: each error is at that parameter's type and names the expected one.
mod api {
    specgen_macros::generate!("specs/smarterproctoring.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Service {
    async fn update_course_offering(
        &self,
        _auth: Option<Token>,
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
    async fn update_course_offering(&self, _auth: Token) -> UpdateCourseOfferingResponse {
        UpdateCourseOfferingResponse::Forbidden(Error {
            code: None,
            message: None,
            status: None,
        })
    }
}

fn main() {}
