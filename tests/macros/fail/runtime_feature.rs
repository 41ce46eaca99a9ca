//! A feature specgen-rt does not have (a typo in hand-edited code): one error that names the features.

mod api {
    ::specgen_rt::runtime!(pub rt, "0.1", sever);

    pub fn problem() -> rt::Problem {
        rt::Problem::new(rt::axum::http::StatusCode::NOT_FOUND, "gone")
    }
}

fn main() {
    let _ = api::problem();
}
