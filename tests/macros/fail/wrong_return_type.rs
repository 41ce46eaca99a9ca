// A handler must answer with its operation's response enum, from an `async fn` or an
// `impl Future<Output = ..>`.
mod api {
    specgen_macros::generate!("specs/smarterproctoring.yaml");
}
use api::*;

struct Service;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Service {
    type Principal = ();

    async fn authenticate_token(&self, _: Token, _: &[&str], _: &rt::RequestContext) -> Result<(), rt::AuthError> {
        Ok(())
    }
    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: Self::Principal,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) -> CourseOffering {
        todo!()
    }
}

struct Sync;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Sync {
    type Principal = ();

    async fn authenticate_token(&self, _: Token, _: &[&str], _: &rt::RequestContext) -> Result<(), rt::AuthError> {
        Ok(())
    }
    fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: Self::Principal,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) -> UpdateCourseOfferingResponse {
        todo!()
    }
}

struct Unit;

#[specgen_macros::handlers(spec = "specs/smarterproctoring.yaml", not_implemented)]
impl SmarterProctoringApi for Unit {
    type Principal = ();

    async fn authenticate_token(&self, _: Token, _: &[&str], _: &rt::RequestContext) -> Result<(), rt::AuthError> {
        Ok(())
    }
    async fn update_course_offering(
        &self,
        _cx: rt::RequestContext,
        _principal: Self::Principal,
        _path: CourseOfferingsOfferingSidPath,
        _body: UpdateCourseOfferingRequest,
    ) {
    }
}

fn main() {}
