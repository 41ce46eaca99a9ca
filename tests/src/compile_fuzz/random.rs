//! The random half: a small valid [`Doc`] per (seed, index). Every dimension the generator must
//! handle is drawn with a weight chosen so that a few hundred specs hit each several times
//! (`census` counts them; a test holds the counts up): parameters in every location × required ×
//! nullable × style/explode × schema shape, unions with and without discriminator, recursion, names
//! from [`super::names`], each kind of security scheme, and all three versions.

use super::doc::*;
use super::names;
use super::rng::Rng;

/// The document for spec `index` of the run with `seed`.
pub fn generate(seed: u64, index: u64) -> Doc {
    let mut g = Gen {
        rng: Rng::for_spec(seed, index),
        version: Version::V30,
        next_id: 0,
        components: Vec::new(),
        extra: Vec::new(),
        derived: Vec::new(),
        current: 0,
    };
    g.doc()
}

struct Gen {
    rng: Rng,
    version: Version,
    next_id: Id,
    /// The names of the component schemas (decided before any schema, so refs can point anywhere).
    components: Vec<String>,
    /// Components made on the way (discriminated union members, 2.0 subtypes).
    extra: Vec<Component>,
    /// Names of items the emitter derives from the operations (`GetPetResponse`, the trait name).
    derived: Vec<String>,
    /// The component whose schema is being made: its root may refer only to earlier components,
    /// since a cycle of bare `$ref`s stands for no schema at all.
    current: usize,
}

/// Where a schema sits: decides which shapes make sense (and which 2.0 allows).
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    Component,
    Inner,
    Param(Location),
    Body,
    Response,
    Header,
}

impl Gen {
    fn id(&mut self) -> Id {
        self.next_id += 1;
        self.next_id - 1
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.chance(p)
    }

    fn doc(&mut self) -> Doc {
        self.version = [Version::V2, Version::V30, Version::V31][self.rng.weighted(&[25, 40, 35])];
        let syntax = if self.chance(0.5) { Syntax::Yaml } else { Syntax::Json };
        let title = if self.chance(0.35) {
            self.rng.pick(names::TITLES).to_string()
        } else {
            "Fuzz".to_owned()
        };
        self.derived.push(format!("{}Api", camel(&title)));
        // Operations first (their ids name the emitter's items), then component names, then bodies.
        let skeletons = self.op_skeletons();
        let n_schemas = self.rng.weighted(&[2, 3, 4, 4, 2, 1]);
        for _ in 0..n_schemas {
            let name = self.component_name();
            self.components.push(name);
        }
        let schemes = self.schemes();
        let mut schemas = Vec::new();
        for (current, name) in self.components.clone().into_iter().enumerate() {
            self.current = current;
            let mut schema = self.schema(Ctx::Component, 0);
            // A base schema with subtypes by `allOf` (2.0's only kind of polymorphism).
            if let Kind::Object(object) = &mut schema.kind
                && self.chance(0.2)
            {
                self.base_with_subtypes(&name, object);
            }
            let id = self.id();
            schemas.push(Component { id, name, schema });
        }
        if self.chance(0.3) {
            self.mutual_recursion(&mut schemas);
        }
        let ops = skeletons
            .into_iter()
            .map(|(path, method, operation_id)| self.op(path, method, operation_id, &schemes))
            .collect();
        schemas.append(&mut self.extra);
        let security = (!schemes.is_empty() && self.chance(0.3)).then(|| self.requirements(&schemes));
        Doc {
            version: self.version,
            syntax,
            title,
            schemas,
            schemes,
            security,
            ops,
            next_id: self.next_id,
        }
    }

    /// Two object components that refer to each other (through optional properties).
    fn mutual_recursion(&mut self, schemas: &mut [Component]) {
        let objects: Vec<usize> = (0..schemas.len())
            .filter(|&i| matches!(schemas[i].schema.kind, Kind::Object(_)))
            .collect();
        let [a, b, ..] = objects[..] else { return };
        for (from, to) in [(a, b), (b, a)] {
            let target = schemas[to].name.clone();
            let (id, sid) = (self.id(), self.id());
            let name = self.field_name();
            if let Kind::Object(o) = &mut schemas[from].schema.kind
                && !o.properties.iter().any(|p| p.name == name)
            {
                o.properties.push(Property {
                    id,
                    name,
                    schema: Schema::new(sid, Kind::Ref(target)),
                    required: false,
                    read_only: false,
                    write_only: false,
                });
            }
        }
    }

    /// Paths, methods and operation ids; the names the emitter derives from them go to `derived`.
    fn op_skeletons(&mut self) -> Vec<(Vec<String>, Method, Option<String>)> {
        let n = 1 + self.rng.weighted(&[3, 4, 3, 2]);
        let mut out: Vec<(Vec<String>, Method, Option<String>)> = Vec::new();
        for i in 0..n {
            let segments = self.rng.weighted(&[2, 5, 3, 1]);
            let path: Vec<String> = (0..segments)
                .map(|_| self.rng.pick(names::SEGMENTS).to_string())
                .collect();
            let methods: &[Method] = if self.version == Version::V2 {
                &Method::ALL[..7]
            } else {
                &Method::ALL
            };
            let method = methods[self.rng.weighted(&[8, 3, 5, 2, 1, 1, 2, 1][..methods.len()])];
            let id = match self.rng.weighted(&[12, 60, 14, 14]) {
                0 => None,
                1 => Some(format!(
                    "{}{}",
                    method.key(),
                    camel(path.last().map_or("root", String::as_str))
                )),
                2 => Some(self.rng.pick(names::OP_IDS).to_string()),
                _ => Some(self.awkward_name()),
            };
            // operationIds are unique in a document; names that differ only by case stay.
            let id = id.map(|id| {
                if out.iter().any(|(_, _, o)| o.as_deref() == Some(&id)) {
                    format!("{id}{i}")
                } else {
                    id
                }
            });
            let hint = camel(
                &id.clone()
                    .unwrap_or_else(|| format!("{} {}", method.key(), path.join(" "))),
            );
            for suffix in [
                "Response",
                "Path",
                "Query",
                "Headers",
                "Request",
                "OkHeaders",
                "Error",
                "Success",
            ] {
                self.derived.push(format!("{hint}{suffix}"));
            }
            out.push((path, method, id));
        }
        out
    }

    /// A keyword, prelude name, case variant or odd name.
    fn awkward_name(&mut self) -> String {
        let pool: &[&str] = match self.rng.below(5) {
            0 => names::KEYWORDS,
            1 => names::PRELUDE,
            2 => names::ODD,
            3 => names::LOCALS,
            _ => names::CASE_GROUPS[self.rng.below(names::CASE_GROUPS.len())],
        };
        self.rng.pick(pool).to_string()
    }

    /// A name for a component schema: colliding with the emitter's items, with another component
    /// (case or punctuation), with a keyword or a prelude name, or plain.
    fn component_name(&mut self) -> String {
        for _ in 0..20 {
            let name = match self.rng.weighted(&[24, 8, 12, 14, 12, 12, 14, 4]) {
                0 => self.rng.pick(names::PLAIN).to_string(),
                1 => self.rng.pick(names::KEYWORDS).to_string(),
                2 => self.rng.pick(names::PRELUDE).to_string(),
                3 if self.chance(0.25) => "Client".to_owned(),
                3 => self.rng.pick(names::EMITTED).to_string(),
                4 if self.chance(0.6) => ["A", "D"][self.rng.below(2)].to_owned(),
                4 => self.rng.pick(names::GENERICS).to_string(),
                5 if !self.derived.is_empty() => self.rng.pick(&self.derived).clone(),
                6 => self.sibling_name(),
                _ => self.rng.pick(names::ODD).to_string(),
            };
            if component_safe(&name) && !self.components.contains(&name) {
                return name;
            }
        }
        format!("S{}", self.components.len())
    }

    /// A name from a case group, preferring the group of a name already taken (so they collide).
    fn sibling_name(&mut self) -> String {
        let taken: Vec<&&[&str]> = names::CASE_GROUPS
            .iter()
            .filter(|g| g.iter().any(|n| self.components.iter().any(|c| c == n)))
            .collect();
        let group = if !taken.is_empty() && self.chance(0.7) {
            *taken[self.rng.below(taken.len())]
        } else {
            *self.rng.pick(names::CASE_GROUPS)
        };
        self.rng.pick(group).to_string()
    }

    /// A name of `name`'s case group (another spelling of the same Rust name), else a field name.
    fn sibling_of(&mut self, name: &str) -> String {
        match names::CASE_GROUPS.iter().find(|g| g.contains(&name)) {
            Some(group) => self.rng.pick(group).to_string(),
            None => {
                let g = self.rng.pick(names::CASE_GROUPS);
                self.rng.pick(g).to_string()
            }
        }
    }

    /// A property or query parameter name.
    fn field_name(&mut self) -> String {
        match self.rng.weighted(&[36, 14, 14, 10, 14, 8, 4]) {
            0 => self.rng.pick(names::PLAIN).to_string(),
            1 => self.rng.pick(names::LOCALS).to_string(),
            2 => self.rng.pick(names::KEYWORDS).to_string(),
            3 => self.rng.pick(names::PRELUDE).to_string(),
            4 => {
                let g = self.rng.pick(names::CASE_GROUPS);
                self.rng.pick(g).to_string()
            }
            5 => self.rng.pick(names::ODD).to_string(),
            _ => self.rng.pick(names::GENERICS).to_string(),
        }
    }

    fn schemes(&mut self) -> Vec<Scheme> {
        let n = self.rng.weighted(&[4, 4, 2]);
        let mut out: Vec<Scheme> = Vec::new();
        for _ in 0..n {
            let kind = self.scheme_kind();
            let mut name = match self.rng.weighted(&[5, 2, 2, 2]) {
                0 => ["api_key", "bearerAuth", "basic", "oauth", "token", "Token"][self.rng.below(6)].to_owned(),
                1 => self.rng.pick(names::EMITTED).to_string(),
                2 if !self.components.is_empty() => self.rng.pick(&self.components).clone(),
                _ => self.field_name(),
            };
            if !component_safe(&name) || out.iter().any(|s| s.name == name) {
                name = format!("scheme{}", out.len());
            }
            let id = self.id();
            out.push(Scheme { id, name, kind });
        }
        out
    }

    fn scheme_kind(&mut self) -> SchemeKind {
        let flow = [
            Flow::Implicit,
            Flow::Password,
            Flow::ClientCredentials,
            Flow::AuthorizationCode,
        ][self.rng.below(4)];
        let api_key = |g: &mut Gen, locations: &[Location]| SchemeKind::ApiKey {
            location: *g.rng.pick(locations),
            name: g.rng.pick(names::HEADERS).to_string(),
        };
        match self.version {
            Version::V2 => match self.rng.weighted(&[5, 3, 2]) {
                0 => api_key(self, &[Location::Header, Location::Query]),
                1 => SchemeKind::Basic,
                _ => SchemeKind::OAuth2(flow),
            },
            v => match self
                .rng
                .weighted(&[5, 3, 3, 1, 2, 1, if v == Version::V31 { 2 } else { 0 }])
            {
                0 => api_key(self, &[Location::Header, Location::Query, Location::Cookie]),
                1 => SchemeKind::Basic,
                2 => SchemeKind::Http("bearer".into()),
                3 => SchemeKind::Http(["Bearer", "digest"][self.rng.below(2)].into()),
                4 => SchemeKind::OAuth2(flow),
                5 => SchemeKind::OpenIdConnect,
                _ => SchemeKind::MutualTls,
            },
        }
    }

    /// A `security` list: one scheme, alternatives (`Credentials`), all of several, or optional.
    fn requirements(&mut self, schemes: &[Scheme]) -> Vec<Requirement> {
        let name = |g: &mut Gen| schemes[g.rng.below(schemes.len())].name.clone();
        match self.rng.weighted(&[2, 5, 4, 3, 2]) {
            0 => Vec::new(),
            1 => vec![vec![name(self)]],
            2 => {
                let (a, b) = (name(self), name(self));
                if a == b { vec![vec![a]] } else { vec![vec![a], vec![b]] }
            }
            3 => {
                let (a, b) = (name(self), name(self));
                if a == b { vec![vec![a]] } else { vec![vec![a, b]] }
            }
            _ => vec![Vec::new(), vec![name(self)]],
        }
    }

    fn op(&mut self, path: Vec<String>, method: Method, operation_id: Option<String>, schemes: &[Scheme]) -> Op {
        let mut params: Vec<Param> = Vec::new();
        let n_path = self.rng.weighted(&[5, 4, 2]);
        for _ in 0..n_path {
            params.push(self.param(Location::Path, path.len()));
        }
        let n_other = self.rng.weighted(&[3, 4, 4, 2, 1]);
        for _ in 0..n_other {
            let location = match self.version {
                Version::V2 => [Location::Query, Location::Header][self.rng.weighted(&[3, 2])],
                _ => [Location::Query, Location::Header, Location::Cookie][self.rng.weighted(&[10, 7, 1])],
            };
            params.push(self.param(location, 0));
        }
        // Two parameters whose names differ only by case or punctuation (one Rust name).
        if let Some(last) = params.last()
            && self.chance(0.15)
        {
            let (location, name) = (last.location, last.name.clone());
            let mut twin = self.param(location, path.len());
            twin.name = self.sibling_of(&name);
            let ok = match location {
                Location::Path => component_safe(&twin.name),
                Location::Header | Location::Cookie => header_safe(&twin.name),
                Location::Query => true,
            };
            if ok {
                params.push(twin);
            }
        }
        // A parameter is unique by name and location.
        let mut seen = Vec::new();
        params.retain(|p| {
            let key = (p.name.clone(), p.location);
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
        let takes_body = match method {
            Method::Post | Method::Put | Method::Patch => self.chance(0.8),
            Method::Delete => self.chance(0.15),
            _ => false,
        };
        let body = takes_body.then(|| self.body());
        let n_responses = 1 + self.rng.weighted(&[5, 4, 2]);
        let mut responses: Vec<Response> = Vec::new();
        for _ in 0..n_responses {
            let r = self.response();
            if !responses.iter().any(|o| o.status == r.status) {
                responses.push(r);
            }
        }
        let security = (!schemes.is_empty() && self.chance(0.6)).then(|| self.requirements(schemes));
        let id = self.id();
        Op {
            id,
            path,
            method,
            operation_id,
            params,
            body,
            responses,
            security,
        }
    }

    fn param(&mut self, location: Location, segments: usize) -> Param {
        let name = loop {
            let n = match location {
                Location::Header => {
                    if self.chance(0.5) {
                        self.rng.pick(names::HEADERS).to_string()
                    } else {
                        self.field_name()
                    }
                }
                _ => self.field_name(),
            };
            let ok = match location {
                Location::Path => component_safe(&n),
                Location::Header | Location::Cookie => header_safe(&n),
                Location::Query => !n.is_empty(),
            };
            if ok {
                break n;
            }
        };
        let schema = self.schema(Ctx::Param(location), 0);
        let required = location == Location::Path || self.chance(0.5);
        let v3 = self.version != Version::V2;
        let composite = matches!(schema.kind, Kind::Array(_) | Kind::Object(_) | Kind::Map(_));
        let p_style = if composite { 0.6 } else { 0.35 };
        let style = (v3 && self.chance(p_style))
            .then(|| self.style(location, &schema))
            .flatten();
        let explode = (self.chance(0.3)).then(|| self.chance(0.5));
        let content = v3 && location != Location::Path && self.chance(0.05);
        let decor = if location == Location::Path && self.chance(0.12) {
            // Literal text around the parameter, which the router matches itself; Google-style custom
            // methods (`{name}:cancel`) make operations share a route told apart by that text.
            [
                ("v", ""),
                ("", ".json"),
                ("item-", ""),
                ("", "x"),
                ("", ":cancel"),
                ("", ":undelete"),
            ][self.rng.below(6)]
        } else {
            ("", "")
        };
        let shared = self.chance(0.1).then(|| {
            let n = if self.chance(0.5) {
                self.component_name()
            } else {
                format!("{}Param", camel(&name))
            };
            if component_safe(&n) { n } else { "SharedParam".into() }
        });
        let id = self.id();
        Param {
            id,
            name,
            location,
            required,
            schema,
            style,
            explode,
            content,
            after: self.rng.below(segments + 1),
            decor: (decor.0.into(), decor.1.into()),
            shared,
            description: self.chance(0.3),
        }
    }

    /// A style the location allows (and the shape makes sense of).
    fn style(&mut self, location: Location, schema: &Schema) -> Option<Style> {
        let composite = matches!(
            schema.kind,
            Kind::Array(_) | Kind::Object(_) | Kind::Map(_) | Kind::Ref(_)
        );
        Some(match location {
            Location::Path => *self.rng.pick(&[Style::Simple, Style::Label, Style::Matrix]),
            Location::Header => Style::Simple,
            Location::Cookie => Style::Form,
            Location::Query if composite => *self.rng.pick(&[
                Style::Form,
                Style::SpaceDelimited,
                Style::PipeDelimited,
                Style::DeepObject,
            ]),
            Location::Query => Style::Form,
        })
    }

    fn media(&mut self, response: bool) -> Vec<Media> {
        let all = [
            Media::Json,
            Media::JsonSuffix,
            Media::Form,
            Media::Multipart,
            Media::Text,
            Media::Bytes,
            Media::Xml,
            Media::Any,
        ];
        let weights: [u32; 8] = if response {
            [60, 8, 0, 0, 8, 8, 3, 3]
        } else {
            [50, 5, 12, 8, 8, 8, 3, 3]
        };
        let mut out = vec![all[self.rng.weighted(&weights)]];
        if self.chance(0.1) {
            let m = all[self.rng.weighted(&weights)];
            if !out.contains(&m) {
                out.push(m);
            }
        }
        out
    }

    fn body(&mut self) -> Body {
        let media = self.media(false);
        let form = matches!(media[0], Media::Form | Media::Multipart);
        // `A` is the handlers' generic parameter: a body of that type is worth the extra weight.
        let has_a = self.components.iter().any(|c| c == "A");
        let schema = if !self.components.is_empty() && !form && (has_a || self.chance(0.5)) {
            let target = if has_a && self.chance(0.75) {
                "A".to_owned()
            } else {
                self.rng.pick(&self.components).clone()
            };
            let id = self.id();
            Schema::new(id, Kind::Ref(target))
        } else {
            self.schema(Ctx::Body, 0)
        };
        let shared = (self.version != Version::V2 && self.chance(0.1)).then(|| {
            let n = self.component_name();
            if component_safe(&n) { n } else { "SharedBody".into() }
        });
        let name = if self.chance(0.5) {
            "body".to_owned()
        } else {
            self.field_name()
        };
        let id = self.id();
        Body {
            id,
            media,
            schema,
            required: self.chance(0.6),
            shared,
            name,
        }
    }

    fn response(&mut self) -> Response {
        let statuses = [
            Status::Code(200),
            Status::Code(201),
            Status::Code(204),
            Status::Range(2),
            Status::Code(302),
            Status::Code(400),
            Status::Code(404),
            Status::Range(4),
            Status::Code(500),
            Status::Default,
            Status::Code(299),
            Status::Code(418),
        ];
        let mut status = statuses[self.rng.weighted(&[40, 8, 8, 4, 3, 8, 8, 3, 3, 10, 1, 1])];
        if self.version == Version::V2
            && let Status::Range(n) = status
        {
            status = Status::Code(n as u16 * 100 + 99);
        }
        let content = (status != Status::Code(204) && self.chance(0.7)).then(|| {
            let media = self.media(true);
            let schema = if !self.components.is_empty() && self.chance(0.5) {
                let target = self.rng.pick(&self.components).clone();
                let id = self.id();
                Schema::new(id, Kind::Ref(target))
            } else {
                self.schema(Ctx::Response, 0)
            };
            (media, schema)
        });
        let n_headers = if self.chance(0.18) { 1 + self.rng.below(2) } else { 0 };
        let mut headers: Vec<Header> = Vec::new();
        for _ in 0..n_headers {
            let name = if self.chance(0.6) {
                self.rng.pick(names::HEADERS).to_string()
            } else {
                let g = self.rng.pick(names::CASE_GROUPS);
                self.rng.pick(g).to_string()
            };
            if !header_safe(&name) || headers.iter().any(|h| h.name == name) {
                continue;
            }
            let schema = self.schema(Ctx::Header, 0);
            let id = self.id();
            headers.push(Header {
                id,
                name,
                schema,
                required: self.chance(0.3),
            });
        }
        let shared = self.chance(0.08).then(|| {
            let n = self.component_name();
            if component_safe(&n) { n } else { "SharedResponse".into() }
        });
        let id = self.id();
        Response {
            id,
            status,
            content,
            headers,
            shared,
        }
    }

    /// A schema for `ctx`; past depth 3 only leaves.
    fn schema(&mut self, ctx: Ctx, depth: u32) -> Schema {
        let v2 = self.version == Version::V2;
        let simple_only = matches!(ctx, Ctx::Param(_) | Ctx::Header) && (v2 || self.chance(0.7));
        let leaf = depth >= 3;
        let ref_targets = if ctx == Ctx::Component {
            self.current
        } else {
            self.components.len()
        };
        let refs = ref_targets > 0 && !simple_only;
        let w = |on: bool, w: u32| if on { w } else { 0 };
        let unions = !v2 && !simple_only && !leaf;
        // str int num bool array object map ref oneOf anyOf allOf any types
        let weights = [
            22,
            16,
            7,
            6,
            w(
                !leaf,
                if matches!(ctx, Ctx::Param(_) | Ctx::Header) {
                    22
                } else {
                    12
                },
            ),
            w(!leaf && !simple_only, 12),
            w(!leaf && !simple_only, 4),
            w(refs, if ctx == Ctx::Component { 8 } else { 14 }),
            w(unions, 4),
            w(unions, 3),
            w(!leaf && !simple_only && ctx != Ctx::Header, 4),
            w(!simple_only, 2),
            w(!v2 && !simple_only, 2),
        ];
        let kind = match self.rng.weighted(&weights) {
            0 => Kind::Str(self.string()),
            1 => Kind::Int(self.integer()),
            2 => Kind::Num(self.number()),
            3 => Kind::Bool,
            4 => Kind::Array(Box::new(self.array(ctx, depth))),
            5 => Kind::Object(self.object(depth)),
            6 => Kind::Map(Box::new(self.schema(Ctx::Inner, depth + 1))),
            7 => Kind::Ref(self.components[self.rng.below(ref_targets)].clone()),
            8 => Kind::OneOf(self.union(depth)),
            9 => Kind::AnyOf(self.union(depth)),
            10 => Kind::AllOf(self.all_of(depth)),
            11 => Kind::Any,
            _ => {
                let all = [Prim::String, Prim::Integer, Prim::Number, Prim::Boolean];
                let a = self.rng.below(4);
                let b = (a + 1 + self.rng.below(3)) % 4;
                Kind::Types(vec![all[a], all[b]])
            }
        };
        let nullable_weight = match ctx {
            Ctx::Param(_) | Ctx::Header => 0.22,
            _ => 0.15,
        };
        let id = self.id();
        Schema {
            id,
            nullable: self.chance(nullable_weight),
            description: self.chance(0.15),
            default: self.chance(0.08),
            kind,
        }
    }

    fn string(&mut self) -> Str {
        let mut s = Str::default();
        if self.chance(0.22) {
            s.values = (0..1 + self.rng.below(4))
                .map(|_| self.rng.pick(names::ENUM_VALUES).to_string())
                .collect();
            // Values that differ only by case and are each a keyword.
            if self.chance(0.1) {
                s.values.extend(["Self".to_owned(), "self".to_owned()]);
            }
            if self.version != Version::V2 && self.chance(0.2) {
                // Exact duplicates are valid in 3.x (`enum` need not be unique there).
                let first = s.values[0].clone();
                s.values.push(first);
            }
            if self.version == Version::V2 {
                let mut seen = Vec::new();
                s.values.retain(|v| {
                    let fresh = !seen.contains(v);
                    seen.push(v.clone());
                    fresh
                });
            }
            s.null_listed = self.chance(0.5);
            return s;
        }
        if self.chance(0.25) {
            s.format = Some(*self.rng.pick(names::STRING_FORMATS));
        }
        if self.chance(0.25) {
            let edges = [0u64, 1, 2, 10, 255, 65536, u32::MAX as u64, i64::MAX as u64, u64::MAX];
            let a = *self.rng.pick(&edges);
            let b = *self.rng.pick(&edges);
            match self.rng.below(3) {
                0 => s.min_length = Some(a),
                1 => s.max_length = Some(a),
                _ => {
                    s.min_length = Some(a.min(b));
                    s.max_length = Some(a.max(b));
                }
            }
        }
        if self.chance(0.15) {
            s.pattern = Some(*self.rng.pick(names::PATTERNS));
        }
        s
    }

    /// Integer constraints, with bounds at and past the limits of the chosen format.
    fn integer(&mut self) -> Num {
        let mut n = Num {
            format: match self.rng.weighted(&[40, 30, 25, 5]) {
                0 => None,
                1 => Some("int32"),
                2 => Some("int64"),
                _ => Some(["uint8", "int8", "uint64", "int16"][self.rng.below(4)]),
            },
            ..Num::default()
        };
        let edges = [
            Lit::I(0),
            Lit::I(1),
            Lit::I(-1),
            Lit::I(100),
            Lit::I(3_000_000_000),
            Lit::I(i32::MAX as i64),
            Lit::I(i32::MIN as i64),
            Lit::I(i32::MAX as i64 + 1),
            Lit::I(i64::MAX),
            Lit::I(i64::MIN),
            Lit::U(u64::MAX),
            Lit::U(1 << 63),
            Lit::F(1.5),
            Lit::F(1e20),
            Lit::F(-1e20),
        ];
        // Enum members: the edges of the formats, integers past 2^53 (compared exactly, not as floats),
        // and a fraction, which no integer equals.
        let members = [
            &edges[..8],
            &[
                Lit::I(9_007_199_254_740_993),
                Lit::I(-9_007_199_254_740_993),
                Lit::F(2.5),
            ],
        ]
        .concat();
        if self.chance(0.12) {
            n.values = (0..1 + self.rng.below(3)).map(|_| *self.rng.pick(&members)).collect();
            if self.version != Version::V2 && self.chance(0.2) {
                n.values.push(n.values[0]);
            }
            if self.version == Version::V2 {
                let mut seen = Vec::new();
                n.values.retain(|v| {
                    let fresh = !seen.contains(v);
                    seen.push(*v);
                    fresh
                });
            }
            return n;
        }
        if self.chance(0.4) {
            if self.chance(0.7) {
                n.minimum = Some(*self.rng.pick(&edges));
                n.exclusive_minimum = self.chance(0.2);
            }
            if self.chance(0.7) {
                n.maximum = Some(*self.rng.pick(&edges));
                n.exclusive_maximum = self.chance(0.2);
            }
        }
        if self.chance(0.1) {
            n.multiple_of = Some(
                *self
                    .rng
                    .pick(&[Lit::I(2), Lit::I(3), Lit::I(100), Lit::F(0.5), Lit::F(1e300)]),
            );
        }
        n
    }

    fn number(&mut self) -> Num {
        let mut n = Num {
            format: [None, Some("float"), Some("double"), Some("decimal")][self.rng.weighted(&[4, 3, 3, 1])],
            ..Num::default()
        };
        let edges = [
            Lit::I(0),
            Lit::F(0.5),
            Lit::F(-1.5),
            Lit::F(3.4e38),
            Lit::F(1e300),
            Lit::I(i64::MAX),
            Lit::U(u64::MAX),
        ];
        if self.chance(0.08) {
            n.values = vec![Lit::F(0.5), Lit::F(1.5)];
            return n;
        }
        if self.chance(0.35) {
            n.minimum = self.chance(0.7).then(|| *self.rng.pick(&edges));
            n.maximum = self.chance(0.7).then(|| *self.rng.pick(&edges));
            n.exclusive_minimum = n.minimum.is_some() && self.chance(0.2);
            n.exclusive_maximum = n.maximum.is_some() && self.chance(0.2);
        }
        if self.chance(0.1) {
            n.multiple_of = Some(*self.rng.pick(&[Lit::F(0.01), Lit::I(5), Lit::F(0.5)]));
        }
        n
    }

    fn array(&mut self, ctx: Ctx, depth: u32) -> Array {
        // Arrays of arrays are most interesting in parameters (query and header serializers).
        let param = matches!(ctx, Ctx::Param(_) | Ctx::Header);
        let inner_ctx = if param && (self.version == Version::V2 || self.chance(0.75)) {
            ctx
        } else {
            Ctx::Inner
        };
        let items = if param && depth >= 1 {
            self.leaf()
        } else {
            self.schema(inner_ctx, depth + 1)
        };
        let (min_items, max_items) = if self.chance(0.2) {
            let a = self.rng.below(4) as u64;
            (
                self.chance(0.6).then_some(a),
                self.chance(0.6).then_some(a + self.rng.below(3) as u64),
            )
        } else {
            (None, None)
        };
        Array {
            items,
            min_items,
            max_items,
            unique: self.chance(0.15),
        }
    }

    /// A string, integer, number or boolean (2.0 parameter items, deep parameter arrays).
    fn leaf(&mut self) -> Schema {
        let kind = match self.rng.weighted(&[4, 3, 1, 1]) {
            0 => Kind::Str(self.string()),
            1 => Kind::Int(self.integer()),
            2 => Kind::Num(self.number()),
            _ => Kind::Bool,
        };
        let id = self.id();
        Schema {
            id,
            kind,
            nullable: self.chance(0.15),
            description: false,
            default: false,
        }
    }

    fn object(&mut self, depth: u32) -> Object {
        let n = self.rng.weighted(&[2, 4, 4, 3, 2]);
        let mut properties: Vec<Property> = Vec::new();
        for _ in 0..n {
            let name = match properties.last() {
                // A name that differs from another property's only by case or punctuation.
                Some(last) if self.chance(0.15) => self.sibling_of(&last.name),
                _ => self.field_name(),
            };
            if properties.iter().any(|p| p.name == name) {
                continue;
            }
            let schema = self.schema(Ctx::Inner, depth + 1);
            let id = self.id();
            let access = self.rng.weighted(&[18, 1, 1]);
            properties.push(Property {
                id,
                name,
                schema,
                required: self.chance(0.4),
                read_only: access == 1,
                write_only: access == 2 && self.version != Version::V2,
            });
        }
        let additional = match self.rng.weighted(&[60, 15, 10, 15]) {
            0 => Additional::Absent,
            1 => Additional::False,
            2 => Additional::True,
            _ => Additional::Schema(Box::new(self.schema(Ctx::Inner, depth + 1))),
        };
        Object {
            properties,
            additional,
            discriminator: None,
        }
    }

    /// Makes `object` a discriminated base and adds 1-2 components that extend it by `allOf`.
    fn base_with_subtypes(&mut self, base: &str, object: &mut Object) {
        let prop = self.discriminator_name();
        object.properties.retain(|p| p.name != prop);
        let id = self.id();
        let sid = self.id();
        object.properties.push(Property {
            id,
            name: prop.clone(),
            schema: Schema::new(sid, Kind::Str(Str::default())),
            required: true,
            read_only: false,
            write_only: false,
        });
        object.discriminator = Some(prop);
        for _ in 0..1 + self.rng.below(2) {
            let name = self.component_name();
            self.components.push(name.clone());
            let rid = self.id();
            let extension = Kind::Object(Object {
                properties: vec![self.property(0)],
                ..Object::default()
            });
            let eid = self.id();
            let all = Kind::AllOf(vec![
                Schema::new(rid, Kind::Ref(base.to_owned())),
                Schema::new(eid, extension),
            ]);
            let id = self.id();
            let cid = self.id();
            self.extra.push(Component {
                id: cid,
                name,
                schema: Schema::new(id, all),
            });
        }
    }

    fn property(&mut self, depth: u32) -> Property {
        let name = self.field_name();
        let schema = self.schema(Ctx::Inner, depth + 1);
        let id = self.id();
        Property {
            id,
            name,
            schema,
            required: self.chance(0.4),
            read_only: false,
            write_only: false,
        }
    }

    fn discriminator_name(&mut self) -> String {
        [
            "type",
            "kind",
            "petType",
            "@type",
            "Type",
            "self",
            "_type",
            "objectType",
        ][self.rng.below(8)]
        .to_owned()
    }

    /// `oneOf`/`anyOf` members: inline or referenced; with a discriminator, new object components
    /// that each have the (required, string) discriminator property.
    fn union(&mut self, depth: u32) -> Union {
        if self.chance(0.4) {
            let prop = self.discriminator_name();
            let mut members = Vec::new();
            for _ in 0..2 + self.rng.below(2) {
                let name = self.component_name();
                self.components.push(name.clone());
                let mut props = vec![{
                    let id = self.id();
                    let sid = self.id();
                    let values = if self.chance(0.3) {
                        vec![name.clone()]
                    } else {
                        Vec::new()
                    };
                    Property {
                        id,
                        name: prop.clone(),
                        schema: Schema::new(
                            sid,
                            Kind::Str(Str {
                                values,
                                ..Str::default()
                            }),
                        ),
                        required: true,
                        read_only: false,
                        write_only: false,
                    }
                }];
                if self.chance(0.6) {
                    let p = self.property(depth + 1);
                    if p.name != prop {
                        props.push(p);
                    }
                }
                let sid = self.id();
                let cid = self.id();
                self.extra.push(Component {
                    id: cid,
                    name: name.clone(),
                    schema: Schema::new(
                        sid,
                        Kind::Object(Object {
                            properties: props,
                            ..Object::default()
                        }),
                    ),
                });
                let rid = self.id();
                members.push(Schema::new(rid, Kind::Ref(name)));
            }
            return Union {
                members,
                discriminator: Some((prop, self.chance(0.5))),
            };
        }
        let members = (0..2 + self.rng.below(2))
            .map(|_| self.schema(Ctx::Inner, depth + 1))
            .collect();
        Union {
            members,
            discriminator: None,
        }
    }

    fn all_of(&mut self, depth: u32) -> Vec<Schema> {
        (0..1 + self.rng.below(3))
            .map(|_| {
                if !self.components.is_empty() && self.chance(0.5) {
                    let target = self.rng.pick(&self.components).clone();
                    let id = self.id();
                    Schema::new(id, Kind::Ref(target))
                } else {
                    let object = self.object(depth + 1);
                    let id = self.id();
                    Schema::new(id, Kind::Object(object))
                }
            })
            .collect()
    }
}

/// A key OpenAPI 3.x allows under `components` (`^[a-zA-Z0-9.\-_]+$`); also what path parameter
/// names use, so templates stay unambiguous.
pub fn component_safe(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// An HTTP token (header and cookie names).
pub fn header_safe(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    '!' | '#' | '$' | '%' | '&' | '\'' | '*' | '+' | '-' | '.' | '^' | '_' | '`' | '|' | '~'
                )
        })
}

/// `get_pet-by id` → `GetPetById`: roughly how the emitter names types, for planting collisions.
pub fn camel(text: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile_fuzz::{census, render, run};

    #[test]
    fn the_same_seed_gives_the_same_specs() {
        for i in 0..20 {
            let a = generate(run::CI_SEED, i);
            assert_eq!(a, generate(run::CI_SEED, i));
            assert_eq!(render::text(&a), render::text(&generate(run::CI_SEED, i)));
        }
        let differ = (0..20).filter(|&i| generate(1, i) != generate(2, i)).count();
        assert_eq!(differ, 20, "another seed, other specs");
    }

    /// Every construct the fuzzer is meant to produce turns up in several of the CI run's specs (each
    /// known class of generator failure among them), so a CI run exercises all of them.
    #[test]
    fn the_ci_run_covers_every_dimension_several_times() {
        let docs: Vec<Doc> = (0..run::CI_COUNT).map(|i| generate(run::CI_SEED, i)).collect();
        let counts = census::count(&docs);
        let thin: Vec<String> = counts
            .iter()
            .filter(|(_, n)| **n < 5)
            .map(|(k, n)| format!("{k}: {n}"))
            .collect();
        assert!(
            thin.is_empty(),
            "constructs in fewer than 5 of {} specs: {thin:?}",
            docs.len()
        );
        for v in ["version-2.0", "version-3.0", "version-3.1"] {
            assert!(counts[v] >= 50, "{v}: {}", counts[v]);
        }
    }

    #[test]
    fn specs_stay_small() {
        let sizes: Vec<usize> = (0..200).map(|i| generate(run::CI_SEED, i).size()).collect();
        let mean = sizes.iter().sum::<usize>() / sizes.len();
        assert!(mean < 80, "mean size {mean}");
        assert!(sizes.iter().all(|&s| s < 400), "{sizes:?}");
    }

    #[test]
    fn camel_case_of_ids() {
        assert_eq!(camel("getPet"), "GetPet");
        assert_eq!(camel("get_pet-by id"), "GetPetById");
        assert_eq!(camel(""), "");
    }

    #[test]
    fn name_checks() {
        assert!(component_safe("foo.bar-1_x"));
        assert!(!component_safe("a b") && !component_safe("é") && !component_safe(""));
        assert!(header_safe("X-Request-Id") && !header_safe("a b") && !header_safe("é"));
    }
}
