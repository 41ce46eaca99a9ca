//! The code `specgen generate` writes for every spec in `specs/`.
