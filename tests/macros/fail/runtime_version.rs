//! Code generated for another version of specgen-rt: one error that says what to change, and no error
//! per use of the runtime after it.

mod api {
    ::specgen_rt::runtime!(pub rt, "0.2", server);

    pub struct Offering {
        pub created: rt::DateTime,
        pub code: rt::BoundedString<1, 8>,
    }

    pub fn check(value: &str) -> Result<(), rt::ValidationError> {
        rt::check::max_length(value, 8)?;
        rt::check::format(value, "date")
    }
}

fn main() {
    let _ = api::check("2024-01-01");
}
