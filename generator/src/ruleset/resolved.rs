//! The resolved document as Spectral builds it: every `$ref` replaced by what it points at, except the
//! circular ones, which stay `$ref` objects.
//!
//! Spectral's resolver (json-ref-resolver) leaves a reference at `D` to `P` in place when following it
//! could lead back to `D`: when `D` lies inside `P`, or inside anything `P` refers to, directly or
//! through further references. Everything else is inlined, shared where it is referred to several
//! times. Walking the same view keeps `$..` finite and finds what Spectral finds.

use std::collections::{HashMap, HashSet};

use super::jsonpath::{Follow, Jump};
use crate::load::{Node, Spec};
use crate::source::FileId;

type Place = (FileId, String);

/// Where each non-circular `$ref` object leads, by the object's address.
pub struct Resolved<'s> {
    targets: HashMap<*const Node, Jump<'s>>,
}

impl<'s> Resolved<'s> {
    pub fn new(spec: &'s Spec) -> Self {
        let links: Vec<(Place, Place)> = spec
            .refs
            .iter()
            .filter_map(|l| {
                let t = l.target.as_ref()?;
                Some(((l.from, l.pointer.clone()), (t.file, t.pointer.clone())))
            })
            .collect();
        let graph = Graph::new(&links);
        let mut reach: HashMap<Place, HashSet<Place>> = HashMap::new();
        let mut targets = HashMap::new();
        for (from, to) in &links {
            let closure = reach.entry(to.clone()).or_insert_with(|| graph.closure(to));
            if ancestors(from).any(|a| closure.contains(&a)) {
                continue; // circular: stays a `$ref`, as in Spectral
            }
            let Some(holder) = spec.node(from.0, &from.1) else {
                continue;
            };
            if let Some((file, pointer, node)) = spec.resolve(from.0, &from.1, holder)
                && !std::ptr::eq(node, holder)
            {
                targets.insert(holder as *const Node, (file, pointer, node));
            }
        }
        Resolved { targets }
    }
}

impl Follow for Resolved<'_> {
    fn follow(&self, node: &Node) -> Option<Jump<'_>> {
        node.ref_target()?;
        self.targets.get(&(node as *const Node)).cloned()
    }
}

/// `place` and every node above it in its file.
fn ancestors(place: &Place) -> impl Iterator<Item = Place> + '_ {
    let p = &place.1;
    let cuts = p.match_indices('/').map(|(i, _)| i).chain(std::iter::once(p.len()));
    std::iter::once((place.0, String::new())).chain(cuts.filter(|&i| i > 0).map(move |i| (place.0, p[..i].to_owned())))
}

/// References by where they are, to find those inside a node.
struct Graph<'l> {
    /// Per file, the references sorted by the pointer of the `$ref` object.
    by_file: HashMap<FileId, Vec<(&'l str, &'l Place)>>,
}

impl<'l> Graph<'l> {
    fn new(links: &'l [(Place, Place)]) -> Self {
        let mut by_file: HashMap<FileId, Vec<(&str, &Place)>> = HashMap::new();
        for (from, to) in links {
            by_file.entry(from.0).or_default().push((from.1.as_str(), to));
        }
        for v in by_file.values_mut() {
            v.sort();
        }
        Graph { by_file }
    }

    /// The targets of the references inside `node` (at it or below it).
    fn inside<'a>(&'a self, node: &'a Place) -> impl Iterator<Item = &'l Place> + 'a {
        let refs = self.by_file.get(&node.0).map(Vec::as_slice).unwrap_or(&[]);
        let prefix = node.1.as_str();
        let start = refs.partition_point(|(p, _)| *p < prefix);
        refs[start..]
            .iter()
            .take_while(move |(p, _)| p.starts_with(prefix))
            .filter(move |(p, _)| p.len() == prefix.len() || p.as_bytes()[prefix.len()] == b'/' || prefix.is_empty())
            .map(|(_, t)| *t)
    }

    /// `start` and every node reachable from it by following the references inside what is reached.
    fn closure(&self, start: &Place) -> HashSet<Place> {
        let mut seen: HashSet<Place> = HashSet::from([start.clone()]);
        let mut queue = vec![start.clone()];
        while let Some(p) = queue.pop() {
            for t in self.inside(&p) {
                if seen.insert(t.clone()) {
                    queue.push(t.clone());
                }
            }
        }
        seen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::LoadOptions;

    fn followed(yaml: &str) -> Vec<String> {
        let spec = Spec::from_text("t.yaml", yaml, &LoadOptions::default());
        let r = Resolved::new(&spec);
        let mut out: Vec<String> = spec
            .refs
            .iter()
            .filter(|l| {
                let holder = spec.node(l.from, &l.pointer).unwrap();
                r.follow(holder).is_some()
            })
            .map(|l| l.pointer.clone())
            .collect();
        out.sort();
        out
    }

    #[test]
    fn circular_references_stay_and_the_rest_are_followed() {
        let yaml = "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Customer'}}}
components:
  schemas:
    Customer:
      properties:
        address: {$ref: '#/components/schemas/Address'}
        subscription: {$ref: '#/components/schemas/Subscription'}
    Subscription:
      properties:
        customer: {$ref: '#/components/schemas/Customer'}
    Address:
      properties:
        line: {type: string}
    Node:
      properties:
        next: {$ref: '#/components/schemas/Node'}
";
        assert_eq!(
            followed(yaml),
            [
                // Customer -> Subscription -> Customer is a cycle: both of its references stay.
                "/components/schemas/Customer/properties/address",
                "/paths/~1a/get/responses/200/content/application~1json/schema",
            ]
        );
    }

    #[test]
    fn ancestors_include_the_root_and_the_place() {
        let a: Vec<String> = ancestors(&(FileId(0), "/a/b".into())).map(|p| p.1).collect();
        assert_eq!(a, ["", "/a", "/a/b"]);
    }
}
