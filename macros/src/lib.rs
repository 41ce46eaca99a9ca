//! Compile-time code generation from OpenAPI specs.
