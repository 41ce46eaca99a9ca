//! YAML as libyaml reads it: flow collections whose lines sit too far left.
//!
//! YAML 1.2 wants every line of a flow collection (`{...}`, `[...]`) that lives in block context to be
//! indented more than the block node holding it: in
//!
//! ```yaml
//!     value: {
//!       "room_id": "!636q39766251:matrix.org"
//!     }
//! ```
//!
//! the closing `}` sits at the indentation of `value`, one space short. libyaml and PyYAML ignore
//! indentation inside flow collections altogether: closing brackets, entries, nested collections and
//! continuation lines of quoted and plain scalars are read at any column, even 0 (js-yaml reads all of
//! them but a plain scalar continued that far left). saphyr, like the YAML 1.2 grammar, stops with
//! "invalid indentation". Real specs carry such lines (Matrix's client-server API), so specgen reads
//! them as libyaml does, with a `yaml-not-strict` warning on each. Tabs in indentation are not part of
//! this: PyYAML refuses them too.
//!
//! Leading spaces on a line inside a flow collection carry no meaning (flow line folding discards
//! them, in plain and quoted scalars alike), so the repair adds spaces to exactly the offending lines
//! and reads the text again, every other position unchanged. The reader then checks that each
//! repaired line lies inside a flow collection of what it read: if the scan below misjudged where
//! flow collections are, the repair is dropped and the original syntax error stands, so a repair can
//! never change what the document means.
//!
//! [`repair`] scans the text once, tracking block scalars, quoted scalars, comments and flow brackets
//! line by line: the work is linear in the size of the file, however many lines need repair.

/// A line indented less than YAML 1.2 allows inside a flow collection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Fix {
    /// 1-based line number.
    pub line: u32,
    /// Its indentation as written, and the indentation it is read with.
    pub had: u32,
    pub need: u32,
}

/// The text with every offending line indented enough, and the lines changed (in order).
#[derive(Debug)]
pub(super) struct Repair {
    pub text: String,
    pub fixes: Vec<Fix>,
}

impl Repair {
    /// The column (0-based) in the original text of column `col` of `line` (1-based) of the repaired
    /// text.
    pub fn original_col(&self, line: u32, col: u32) -> u32 {
        match self.fixes.binary_search_by_key(&line, |f| f.line) {
            Ok(i) => col.saturating_sub(self.fixes[i].need - self.fixes[i].had),
            Err(_) => col,
        }
    }
}

/// Finds the lines of flow collections in block context indented no more than the block node holding
/// the collection, and indents each to one column past that node (`generous`: to the column of the
/// collection's opening bracket, which is always enough). `None` when there is no such line.
pub(super) fn repair(text: &str, generous: bool) -> Option<Repair> {
    let mut scan = Scan {
        generous,
        ..Scan::default()
    };
    let mut fixes = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line: Vec<char> = line.strip_suffix('\r').unwrap_or(line).chars().collect();
        if let Some(fix) = scan.line(&line, i as u32 + 1) {
            fixes.push(fix);
        }
    }
    if fixes.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + fixes.len() * 8);
    let mut next = fixes.iter().peekable();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if let Some(fix) = next.next_if(|f| f.line == i as u32 + 1) {
            out.extend(std::iter::repeat_n(' ', (fix.need - fix.had) as usize));
        }
        out.push_str(line);
    }
    Some(Repair { text: out, fixes })
}

/// The scanner's state between lines.
#[derive(Default)]
struct Scan {
    generous: bool,
    /// Open flow brackets.
    depth: usize,
    /// The indentation every line of the open flow collection needs.
    need: u32,
    /// The quote of a quoted scalar that goes on to the next line.
    quote: Option<char>,
    /// Inside a block scalar (`|`, `>`) held by a node at this column: its lines are blank or indented
    /// more.
    block_scalar: Option<u32>,
    /// The last character of flow content seen (a quote opens a scalar only after `[`, `{`, `,`, `:`).
    last: char,
    /// The indentation of the block lines that hold the current one, outermost first.
    parents: Vec<u32>,
}

impl Scan {
    /// Reads one line; the fix it needs, if any.
    fn line(&mut self, line: &[char], number: u32) -> Option<Fix> {
        let indent = line.iter().take_while(|&&c| c == ' ').count();
        let rest = &line[indent..];
        let blank = rest.iter().all(|c| c.is_whitespace());
        if let Some(owner) = self.block_scalar {
            if blank || indent as u32 > owner {
                return None;
            }
            self.block_scalar = None;
        }
        if self.depth == 0 && self.quote.is_none() && indent == 0 && is_document_marker(line) {
            self.parents.clear();
            return None;
        }
        let mut fix = None;
        if self.depth > 0 {
            let comment = self.quote.is_none() && rest.first() == Some(&'#');
            let tab = rest.first() == Some(&'\t');
            if !blank && !comment && !tab && (indent as u32) < self.need {
                fix = Some(Fix {
                    line: number,
                    had: indent as u32,
                    need: self.need,
                });
            }
            self.flow(line, indent);
        } else if let Some(q) = self.quote {
            // A quoted scalar of block context goes on.
            if let Some(end) = close_quote(line, indent, q) {
                self.quote = None;
                self.block(line, end + 1, None, false);
            }
        } else {
            // Block lines nest by indentation: the nearest less indented line holds this one (a flow
            // collection opening this line belongs to it; at the top level, to nothing).
            while self.parents.last().is_some_and(|&p| p >= indent as u32) {
                self.parents.pop();
            }
            let parent = self.parents.last().copied();
            if !blank && rest.first() != Some(&'#') {
                self.parents.push(indent as u32);
            }
            self.block(line, indent, parent, true);
        }
        fix
    }

    /// Block context from `i`; `owner` is the column of the block node a value here belongs to (`None`
    /// at the top level); `start`: `i` is where a node may start.
    fn block(&mut self, line: &[char], mut i: usize, mut owner: Option<u32>, mut start: bool) {
        loop {
            while i < line.len() && matches!(line[i], ' ' | '\t') {
                i += 1;
            }
            let Some(&c) = line.get(i) else { return };
            let spaced = |j: usize| line.get(j).is_none_or(|c| matches!(c, ' ' | '\t'));
            match c {
                '#' => return,
                '-' | '?' | ':' if spaced(i + 1) => {
                    owner = Some(i as u32);
                    i += 1;
                    start = true;
                }
                '&' | '!' if start => {
                    while i < line.len() && !matches!(line[i], ' ' | '\t') {
                        i += 1;
                    }
                }
                '[' | '{' if start => {
                    self.depth = 1;
                    // YAML 1.2: more indented than the block node holding the collection.
                    self.need = match owner {
                        None => 0,
                        Some(_) if self.generous => i as u32,
                        Some(o) => o + 1,
                    };
                    self.last = c;
                    return self.flow(line, i + 1);
                }
                '"' | '\'' if start => match close_quote(line, i + 1, c) {
                    Some(end) => {
                        // A quoted key: the node after its `:` belongs to it.
                        let after = skip_spaces(line, end + 1);
                        if line.get(after) == Some(&':') && spaced(after + 1) {
                            owner = Some(i as u32);
                            i = after + 1;
                            start = true;
                        } else {
                            return;
                        }
                    }
                    None => {
                        self.quote = Some(c);
                        return;
                    }
                },
                '|' | '>' if start => {
                    self.block_scalar = Some(owner.unwrap_or(0));
                    return;
                }
                _ => {
                    // A plain scalar: a key when a `: ` follows on this line.
                    let key_end = (i..line.len())
                        .find(|&j| line[j] == ':' && spaced(j + 1) || line[j] == '#' && j > 0 && line[j - 1] == ' ');
                    match key_end {
                        Some(j) if line[j] == ':' => {
                            owner = Some(i as u32);
                            i = j + 1;
                            start = true;
                        }
                        _ => return,
                    }
                }
            }
        }
    }

    /// Flow context from `i`, until the line ends or the outermost collection closes.
    fn flow(&mut self, line: &[char], mut i: usize) {
        while i < line.len() {
            let c = line[i];
            if let Some(q) = self.quote {
                match close_quote(line, i, q) {
                    Some(end) => {
                        self.quote = None;
                        self.last = q;
                        i = end + 1;
                        continue;
                    }
                    None => return,
                }
            }
            match c {
                '"' | '\'' if matches!(self.last, '[' | '{' | ',' | ':' | '?') => {
                    self.quote = Some(c);
                    i += 1;
                    continue;
                }
                '#' if i == 0 || matches!(line[i - 1], ' ' | '\t') => return,
                '[' | '{' => self.depth += 1,
                ']' | '}' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        self.last = c;
                        // What follows the collection on this line is block context again.
                        return self.block(line, i + 1, None, false);
                    }
                }
                _ => {}
            }
            if !c.is_whitespace() {
                self.last = c;
            }
            i += 1;
        }
    }
}

/// `---` or `...` at the start of a line, alone or before a space.
fn is_document_marker(line: &[char]) -> bool {
    let marker = line.starts_with(&['-', '-', '-']) || line.starts_with(&['.', '.', '.']);
    marker && line.get(3).is_none_or(|c| c.is_whitespace())
}

fn skip_spaces(line: &[char], mut i: usize) -> usize {
    while i < line.len() && matches!(line[i], ' ' | '\t') {
        i += 1;
    }
    i
}

/// The index of the quote that closes a scalar quoted with `q`, searching from `i`; `None` when it goes
/// on past this line. `\` escapes in double quotes, `''` is a quote in single quotes.
fn close_quote(line: &[char], mut i: usize, q: char) -> Option<usize> {
    while i < line.len() {
        match line[i] {
            '\\' if q == '"' => i += 2,
            c if c == q => {
                if q == '\'' && line.get(i + 1) == Some(&'\'') {
                    i += 2;
                } else {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(u32, u32, u32)> {
        repair(text, false)
            .map(|r| r.fixes.iter().map(|f| (f.line, f.had, f.need)).collect())
            .unwrap_or_default()
    }

    #[test]
    fn lines_of_flow_collections_left_of_their_key_are_found() {
        let text = "a:\n  value: {\n    \"x\": 1,\n  \"y\": [1,\n2]\n  }\n  b: 1\n";
        assert_eq!(lines(text), [(4, 2, 3), (5, 0, 3), (6, 2, 3)]);
        // In a sequence, the dash holds the collection; in a compact mapping, the key.
        assert_eq!(lines("a:\n  - [1,\n  2]\n"), [(3, 2, 3)]);
        assert_eq!(lines("a:\n  - c: [1,\n    2]\n"), [(3, 4, 5)]);
        assert_eq!(lines("c: [1,\n2]\n"), [(2, 0, 1)]);
    }

    #[test]
    fn well_indented_and_top_level_flow_needs_nothing() {
        assert!(lines("a:\n  b: {\n    x: 1\n   }\n").is_empty());
        assert!(lines("{\n\"a\": [\n1\n]\n}\n").is_empty());
        // A collection opening its own line belongs to the key above it.
        assert!(lines("key:\n  {\n \"a\": 1}\n").is_empty());
        assert_eq!(lines("a:\n  key:\n    {\n  \"a\": 1}\n"), [(4, 2, 3)]);
        assert!(lines("a: [1,\n    # a comment anywhere\n  2]\n").is_empty());
    }

    #[test]
    fn brackets_in_scalars_comments_and_block_scalars_open_nothing() {
        let text = "a: |\n  {\nb\n";
        assert!(lines(text).is_empty(), "the block scalar ends at `b`");
        assert!(lines("a: 'x [y'\nb: \"{\"\nc: d [e # [\nf: 1\n").is_empty());
        assert!(lines("a: 'it''s {\n  still'\nb: 1\n").is_empty());
        assert!(lines("a: [\"x]\n  y\", 1]\n").is_empty());
    }

    #[test]
    fn multi_line_scalars_inside_flow_are_repaired_line_by_line() {
        assert_eq!(lines("a:\n  b: [\"x\n y\"]\n"), [(3, 1, 3)]);
        assert_eq!(lines("a:\n  b: {k: v,\n l: 'x\n''y'}\n"), [(3, 1, 3), (4, 0, 3)]);
    }

    #[test]
    fn the_repair_adds_spaces_and_maps_columns_back() {
        let r = repair("a:\n  b: [1,\n  2]\nc: 1\r\n", false).unwrap();
        assert_eq!(r.text, "a:\n  b: [1,\n   2]\nc: 1\r\n");
        assert_eq!(r.original_col(3, 3), 2);
        assert_eq!(r.original_col(2, 7), 7);
        let generous = repair("a:\n  b: [1,\n  2]\n", true).unwrap();
        assert_eq!(generous.fixes[0].need, 5, "the column of `[`");
    }
}
