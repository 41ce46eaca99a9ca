// A handler must answer with its operation's response enum, from an `async fn` or an
// `impl Future<Output = ..>`.
mod api {
    specgen_macros::generate!("specs/smarterproctoring.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Service {
    async fn update_course_offering(
        &self,
        _auth: Token,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) -> CourseOffering {
        todo!()
    }
}

struct Sync;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Sync {
    fn update_course_offering(
        &self,
        _auth: Token,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        todo!()
    }
}

struct Unit;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Unit {
    async fn update_course_offering(
        &self,
        _auth: Token,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) {
    }
}

fn main() {}
