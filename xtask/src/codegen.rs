//! Turns one botocore service model (JSON protocol) into Rust source: a type per shape, a
//! `Validate` impl per structure, and one `Operation` enum that parses request bodies.
//!
//! The output is deterministic (shapes in name order, members in model order) and unformatted;
//! the caller runs rustfmt over it. It carries no documentation text from the model.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use indexmap::IndexMap;
use serde::Deserialize;

/// The parser and its error type, copied into every generated module.
/// The base64 `Blob` type, copied into generated modules whose model has `blob` shapes.
const BLOB_TEMPLATE: &str = include_str!("../templates/blob.rs");

/// Shape names that would shadow a name the generated code itself uses; such shapes get a `Shape`
/// suffix.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "Box",
    "String",
    "Self",
    "Serialize",
    "Deserialize",
    "FieldPath",
    "Validate",
    "ValidationProblem",
    "Operation",
    "ParseError",
    "BodyErrorKind",
    "Blob",
];

const RUST_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else", "enum", "extern",
    "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

// ---------------------------------------------------------------------------------------------
// The model, as much of botocore's `service-2.json` as the generator reads.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
pub struct Model {
    pub metadata: Metadata,
    pub operations: IndexMap<String, OperationModel>,
    pub shapes: IndexMap<String, Shape>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    pub endpoint_prefix: String,
    pub json_version: Option<String>,
    pub protocol: String,
    pub service_id: String,
    pub signing_name: Option<String>,
    pub target_prefix: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct OperationModel {
    pub input: Option<ShapeRef>,
}

#[derive(Debug, Deserialize)]
pub struct ShapeRef {
    pub shape: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: String,
    pub members: IndexMap<String, ShapeRef>,
    pub member: Option<ShapeRef>,
    pub key: Option<ShapeRef>,
    pub value: Option<ShapeRef>,
    pub required: Vec<String>,
    #[serde(rename = "enum")]
    pub enum_values: Vec<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub pattern: Option<String>,
    pub sensitive: bool,
    pub exception: bool,
    pub union: bool,
    pub document: bool,
}

impl Shape {
    fn is_enum(&self) -> bool {
        self.kind == "string" && !self.enum_values.is_empty()
    }

    fn is_document(&self) -> bool {
        self.kind == "document" || (self.kind == "structure" && self.document)
    }

    /// A structure that becomes a Rust struct (not an exception, not a document).
    fn is_struct(&self) -> bool {
        self.kind == "structure" && !self.document && !self.exception
    }

    fn is_number(&self) -> bool {
        matches!(self.kind.as_str(), "integer" | "long" | "double" | "float")
    }
}

// ---------------------------------------------------------------------------------------------
// Names.
// ---------------------------------------------------------------------------------------------

/// The Rust type name of a structure or enum shape: the shape's own name when it is already
/// UpperCamelCase (so Rust and AWS say `CreateClusterRequest` alike), converted otherwise.
pub fn type_name(shape_name: &str) -> String {
    let is_camel = shape_name.starts_with(|c: char| c.is_ascii_uppercase())
        && shape_name.chars().all(|c| c.is_ascii_alphanumeric())
        && shape_name.chars().any(|c| c.is_ascii_lowercase());
    let mut name = if is_camel { shape_name.to_owned() } else { ascii_identifier(&shape_name.to_upper_camel_case()) };
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Shape");
    }
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
        name.push_str("Shape");
    }
    name
}

/// The Rust field name of a structure member: snake_case, keywords made raw (`r#type`).
pub fn field_name(member_name: &str) -> String {
    let mut name = ascii_identifier(&member_name.to_snake_case());
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "field_");
    }
    if matches!(name.as_str(), "self" | "super" | "crate") {
        name.push('_');
    } else if RUST_KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    name
}

/// Variant names for enum values: UpperCamelCase, `V` before a leading digit, made unique in order.
pub fn variant_names(values: &[String]) -> Vec<String> {
    let mut used = BTreeSet::new();
    values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            let mut name = ascii_identifier(&value.to_upper_camel_case());
            if name.is_empty() {
                name = format!("Value{index}");
            } else if name.starts_with(|c: char| c.is_ascii_digit()) {
                name.insert(0, 'V');
            } else if name == "Self" {
                name = "SelfValue".to_owned();
            }
            unique_name(name, &mut used)
        })
        .collect()
}

fn ascii_identifier(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// `name`, or `name2`, `name3`… when taken; records the result in `used`.
fn unique_name(name: String, used: &mut BTreeSet<String>) -> String {
    let mut candidate = name.clone();
    let mut counter = 2;
    while used.contains(&candidate) {
        candidate = format!("{name}{counter}");
        counter += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// A Rust string literal for `text`, raw when that reads better (regex patterns).
fn string_literal(text: &str) -> String {
    if text.contains('\\') && !text.chars().any(char::is_control) {
        let mut hashes = String::new();
        while text.contains(&format!("\"{hashes}")) {
            hashes.push('#');
        }
        format!("r{hashes}\"{text}\"{hashes}")
    } else {
        format!("{text:?}")
    }
}

/// An `f64` literal (`100.0`, `1e20`).
fn float_literal(value: f64) -> String {
    format!("{value:?}")
}

fn optional_literal<T: std::fmt::Display>(value: Option<T>) -> String {
    match value {
        Some(value) => format!("Some({value})"),
        None => "None".to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Patterns: botocore's are written for Java; the `regex` crate reads most of them as they are.
// ---------------------------------------------------------------------------------------------

/// A model pattern turned into a regex the `regex` crate compiles, or the reason it cannot be.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslatedPattern {
    pub regex: Result<String, String>,
    /// What the translation changed, for a comment in the generated code.
    pub notes: BTreeSet<&'static str>,
}

/// Translates a Java-flavoured model pattern for the `regex` crate:
/// - `\d`, `\w`, `\s` (and negations) become the ASCII classes Java means by them; the `regex`
///   crate's Unicode versions also compile too large for repetitions like `[\w.-]{1,1000}`;
/// - Java's POSIX properties (`\p{Alnum}`, `\p{Punct}`…) become ASCII classes (`[:alnum:]`);
/// - `\uXXXX` becomes `\x{XXXX}`, a UTF-16 surrogate pair one code point;
/// - a `-` beside a class escape inside `[...]` is escaped (Java reads it as a literal);
/// - look-around, which the `regex` crate lacks, is removed, so the check accepts more than AWS's.
///
/// The result must then compile, as `ferry_api::shape::anchored_regex` compiles it; otherwise the
/// pattern is not checked at all.
pub fn translate_pattern(pattern: &str) -> TranslatedPattern {
    let chars: Vec<char> = pattern.chars().collect();
    let mut notes = BTreeSet::new();
    let mut out = String::new();
    let mut class_depth = 0usize;
    // Inside a class: the item just written is a set (class escape or nested class), so a `-`
    // after it cannot start a range.
    let mut after_set = false;
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c == '\\' && index + 1 < chars.len() {
            let (text, is_set, consumed) = translate_escape(&chars, index, class_depth > 0, &mut notes);
            out.push_str(&text);
            after_set = is_set;
            index += consumed;
        } else if c == '[' {
            class_depth += 1;
            out.push(c);
            after_set = false;
            index += 1;
        } else if c == ']' && class_depth > 0 {
            class_depth -= 1;
            out.push(c);
            after_set = class_depth > 0;
            index += 1;
        } else if c == '-' && class_depth > 0 {
            let before_set = chars.get(index + 1) == Some(&'\\') && chars.get(index + 2).is_some_and(|next| "dDwWsSpP".contains(*next));
            if after_set || before_set {
                out.push_str("\\-");
                notes.insert("a `-` beside a class escape is a literal, as in Java");
            } else {
                out.push('-');
            }
            after_set = false;
            index += 1;
        } else if c == '(' && class_depth == 0 && is_lookaround(&chars[index..]) {
            index = group_end(&chars, index) + 1;
            notes.insert("look-around removed (the `regex` crate has none), so this accepts more than AWS does");
        } else {
            out.push(c);
            after_set = false;
            index += 1;
        }
    }
    let regex = match regex::Regex::new(&format!("^(?:{out})$")) {
        Ok(_) => Ok(out),
        Err(error) => Err(error.to_string().lines().last().unwrap_or("does not compile").trim().to_owned()),
    };
    TranslatedPattern { regex, notes }
}

/// Translates the escape at `chars[start]` (a backslash); returns the text, whether it denotes a
/// set of characters, and how many characters it consumed.
fn translate_escape(chars: &[char], start: usize, in_class: bool, notes: &mut BTreeSet<&'static str>) -> (String, bool, usize) {
    let letter = chars[start + 1];
    let ascii_class = |inner: &str, negated: bool| -> String {
        match (in_class, negated) {
            (true, false) => format!("[:{inner}:]"),
            (true, true) => format!("[:^{inner}:]"),
            (false, false) => format!("[[:{inner}:]]"),
            (false, true) => format!("[[:^{inner}:]]"),
        }
    };
    const JAVA_ASCII_NOTE: &str = "`\\d`, `\\w` and `\\s` are ASCII classes, as in Java";
    match letter {
        'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
            notes.insert(JAVA_ASCII_NOTE);
            let inner = match letter.to_ascii_lowercase() {
                'd' => "digit",
                'w' => "word",
                _ => "space",
            };
            (ascii_class(inner, letter.is_ascii_uppercase()), true, 2)
        }
        'p' | 'P' if chars.get(start + 2) == Some(&'{') => {
            let Some(close) = chars[start..].iter().position(|&c| c == '}') else {
                return (chars[start..start + 2].iter().collect(), false, 2);
            };
            let property: String = chars[start + 3..start + close].iter().collect();
            let consumed = close + 1;
            let negated = letter == 'P';
            let posix = match property.as_str() {
                "Lower" => Some("lower"),
                "Upper" => Some("upper"),
                "ASCII" => Some("ascii"),
                "Alpha" => Some("alpha"),
                "Digit" => Some("digit"),
                "Alnum" => Some("alnum"),
                "Punct" => Some("punct"),
                "Graph" => Some("graph"),
                "Print" => Some("print"),
                "Blank" => Some("blank"),
                "Cntrl" => Some("cntrl"),
                "XDigit" => Some("xdigit"),
                "Space" => Some("space"),
                _ => None,
            };
            if let Some(inner) = posix {
                notes.insert("Java's POSIX properties (`\\p{Alnum}`…) are ASCII classes");
                (ascii_class(inner, negated), true, consumed)
            } else if let Some(unicode) = property.strip_prefix("Is") {
                notes.insert("Java's `\\p{IsX}` is `\\p{X}`");
                (format!("\\{letter}{{{unicode}}}"), true, consumed)
            } else {
                (chars[start..start + consumed].iter().collect(), true, consumed)
            }
        }
        'u' => {
            let Some(unit) = utf16_unit(chars, start) else {
                return (chars[start..start + 2].iter().collect(), false, 2);
            };
            notes.insert("`\\uXXXX` is `\\x{XXXX}`");
            if (0xD800..0xDC00).contains(&unit)
                && let Some(low) = utf16_unit(chars, start + 6)
                && (0xDC00..0xE000).contains(&low)
            {
                let code_point = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                return (format!("\\x{{{code_point:X}}}"), false, 12);
            }
            (format!("\\x{{{unit:X}}}"), false, 6)
        }
        _ => (chars[start..start + 2].iter().collect(), letter == 'p' || letter == 'P', 2),
    }
}

/// The UTF-16 code unit of a `\uXXXX` escape at `chars[start]`.
fn utf16_unit(chars: &[char], start: usize) -> Option<u32> {
    if chars.get(start) != Some(&'\\') || chars.get(start + 1) != Some(&'u') {
        return None;
    }
    let digits: String = chars.get(start + 2..start + 6)?.iter().collect();
    u32::from_str_radix(&digits, 16).ok()
}

fn is_lookaround(chars: &[char]) -> bool {
    let head: String = chars.iter().take(4).collect();
    head.starts_with("(?=") || head.starts_with("(?!") || head.starts_with("(?<=") || head.starts_with("(?<!")
}

/// The index of the `)` closing the group opened at `chars[open]` (the last index if unbalanced).
fn group_end(chars: &[char], open: usize) -> usize {
    let mut depth = 0usize;
    let mut class_depth = 0usize;
    let mut index = open;
    while index < chars.len() {
        match chars[index] {
            '\\' => index += 1,
            '[' => class_depth += 1,
            ']' if class_depth > 0 => class_depth -= 1,
            '(' if class_depth == 0 => depth += 1,
            ')' if class_depth == 0 => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
        index += 1;
    }
    chars.len() - 1
}

// ---------------------------------------------------------------------------------------------
// The generator.
// ---------------------------------------------------------------------------------------------

/// A pattern as the generated code checks it.
struct PatternCheck {
    /// The name of the generated `LazyLock<Regex>`; the model's text is in `{name}_TEXT`.
    static_name: String,
    model_text: String,
    translated: TranslatedPattern,
}

/// One member of a generated struct.
struct Member<'m> {
    json_name: &'m str,
    field: String,
    target: &'m str,
    required: bool,
    /// The member leads back to its own structure without a `Vec` or map in between.
    boxed: bool,
}

struct Generator<'m> {
    model: &'m Model,
    /// Rust names of the shapes that become Rust types (structures and enums).
    type_names: BTreeMap<&'m str, String>,
    /// Structures whose required members all have a `Default`.
    defaults: BTreeSet<&'m str>,
    /// Shapes that have constraints to check, themselves or inside.
    validated: BTreeSet<&'m str>,
    /// Structures reachable from each structure through struct-typed members.
    reachable: BTreeMap<&'m str, BTreeSet<&'m str>>,
    /// Checkable patterns, by model text.
    patterns: BTreeMap<&'m str, PatternCheck>,
    /// Patterns that the `regex` crate cannot check, with the reason.
    unchecked_patterns: BTreeMap<&'m str, String>,
    /// Pattern statics that some check uses (only those are emitted).
    used_patterns: BTreeSet<String>,
    uses_blob: bool,
}

/// Generates the Rust source (unformatted) for one service model.
pub fn generate(model: &Model, botocore_version: &str, model_path: &str) -> Result<String> {
    check_model(model)?;
    let mut generator = Generator::new(model);
    generator.render(botocore_version, model_path)
}

/// Refuses models the generator does not understand, so later code can index shapes freely.
fn check_model(model: &Model) -> Result<()> {
    if model.metadata.protocol != "json" {
        bail!("protocol {} is not supported (only json)", model.metadata.protocol);
    }
    if model.metadata.target_prefix.is_none() {
        bail!("the model has no targetPrefix");
    }
    let defined = |owner: &str, shape_ref: Option<&ShapeRef>, what: &str| -> Result<&Shape> {
        let shape_ref = shape_ref.with_context(|| format!("shape {owner} has no {what}"))?;
        model.shapes.get(&shape_ref.shape).with_context(|| format!("shape {owner} refers to undefined shape {}", shape_ref.shape))
    };
    for (name, shape) in &model.shapes {
        match shape.kind.as_str() {
            "structure" => {
                for member in shape.members.values() {
                    defined(name, Some(member), "member")?;
                }
                if let Some(required) = shape.required.iter().find(|required| !shape.members.contains_key(*required)) {
                    bail!("shape {name} requires {required}, which is not a member");
                }
            }
            "list" => {
                if defined(name, shape.member.as_ref(), "member")?.exception {
                    bail!("list {name} holds exceptions");
                }
            }
            "map" => {
                if defined(name, shape.key.as_ref(), "key")?.kind != "string" {
                    bail!("map {name} has non-string keys");
                }
                if defined(name, shape.value.as_ref(), "value")?.exception {
                    bail!("map {name} holds exceptions");
                }
            }
            "string" | "integer" | "long" | "double" | "float" | "boolean" | "timestamp" | "blob" | "document" => {}
            other => bail!("shape {name} has unsupported type {other}"),
        }
    }
    for (name, operation) in &model.operations {
        let is_identifier = name.starts_with(|c: char| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric());
        if !is_identifier {
            bail!("operation {name} is not a Rust identifier");
        }
        if let Some(input) = &operation.input {
            let shape = model.shapes.get(&input.shape).with_context(|| format!("operation {name}: no shape {}", input.shape))?;
            if !shape.is_struct() {
                bail!("operation {name}: input {} is not a structure", input.shape);
            }
        }
    }
    Ok(())
}

impl<'m> Generator<'m> {
    fn new(model: &'m Model) -> Generator<'m> {
        let mut generator = Generator {
            model,
            type_names: BTreeMap::new(),
            defaults: BTreeSet::new(),
            validated: BTreeSet::new(),
            reachable: BTreeMap::new(),
            patterns: BTreeMap::new(),
            unchecked_patterns: BTreeMap::new(),
            used_patterns: BTreeSet::new(),
            uses_blob: false,
        };
        generator.name_types();
        generator.find_reachable();
        generator.find_defaults();
        generator.collect_patterns();
        generator.find_validated();
        generator
    }

    fn shape(&self, name: &str) -> &'m Shape {
        &self.model.shapes[name]
    }

    /// Shape names in name order, for a deterministic output.
    fn sorted_shape_names(&self) -> Vec<&'m str> {
        let mut names: Vec<&'m str> = self.model.shapes.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    fn name_types(&mut self) {
        let mut used = BTreeSet::new();
        for name in self.sorted_shape_names() {
            let shape = self.shape(name);
            if shape.is_struct() || shape.is_enum() {
                let rust_name = unique_name(type_name(name), &mut used);
                self.type_names.insert(name, rust_name);
            }
        }
    }

    /// The members of a structure that the Rust struct has: all but the exceptions an event
    /// stream lists (errors are hand-written elsewhere).
    fn members(&self, shape_name: &str) -> Vec<Member<'m>> {
        let shape = self.shape(shape_name);
        let mut used = BTreeSet::new();
        shape
            .members
            .iter()
            .filter(|(_, member)| !self.shape(&member.shape).exception)
            .map(|(json_name, member)| {
                let target = member.shape.as_str();
                let boxed = self.shape(target).is_struct()
                    && (target == shape_name || self.reachable.get(target).is_some_and(|set| set.contains(shape_name)));
                Member {
                    json_name,
                    field: unique_field(field_name(json_name), &mut used),
                    target,
                    required: !shape.union && shape.required.contains(json_name),
                    boxed,
                }
            })
            .collect()
    }

    /// The shapes a shape holds directly: members, list elements, map keys and values.
    fn children(&self, name: &str) -> Vec<&'m str> {
        let shape = self.shape(name);
        match shape.kind.as_str() {
            "structure" if shape.is_struct() => self.members(name).into_iter().map(|member| member.target).collect(),
            "list" => shape.member.iter().map(|element| element.shape.as_str()).collect(),
            "map" => [&shape.key, &shape.value].into_iter().flatten().map(|element| element.shape.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    fn find_reachable(&mut self) {
        for name in self.sorted_shape_names() {
            if !self.shape(name).is_struct() {
                continue;
            }
            let mut reached = BTreeSet::new();
            let mut pending = vec![name];
            while let Some(current) = pending.pop() {
                for member in self.shape(current).members.values() {
                    let target = member.shape.as_str();
                    if self.shape(target).is_struct() && reached.insert(target) {
                        pending.push(target);
                    }
                }
            }
            self.reachable.insert(name, reached);
        }
    }

    /// Structures derive `Default` unless a required member has no default (an enum, a
    /// timestamp, or a structure without one). Computed as a fixpoint for nested structures.
    fn find_defaults(&mut self) {
        let names = self.sorted_shape_names();
        self.defaults = names.iter().copied().filter(|name| self.shape(name).is_struct()).collect();
        loop {
            let keep: BTreeSet<&'m str> = self
                .defaults
                .iter()
                .copied()
                .filter(|name| self.members(name).iter().filter(|m| m.required).all(|m| self.has_default(m.target)))
                .collect();
            if keep.len() == self.defaults.len() {
                break;
            }
            self.defaults = keep;
        }
    }

    fn has_default(&self, name: &str) -> bool {
        let shape = self.shape(name);
        if shape.is_struct() { self.defaults.contains(name) } else { !(shape.is_enum() || shape.kind == "timestamp") }
    }

    fn collect_patterns(&mut self) {
        let mut used_names = BTreeSet::new();
        for name in self.sorted_shape_names() {
            let shape = self.shape(name);
            let Some(pattern) = shape.pattern.as_deref() else {
                continue;
            };
            if shape.kind != "string"
                || shape.is_enum()
                || self.patterns.contains_key(pattern)
                || self.unchecked_patterns.contains_key(pattern)
            {
                continue;
            }
            let translated = translate_pattern(pattern);
            if let Err(reason) = &translated.regex {
                self.unchecked_patterns.insert(pattern, format!("{name}: {reason}"));
                continue;
            }
            let static_name = unique_name(format!("{}_PATTERN", ascii_identifier(&name.to_shouty_snake_case())), &mut used_names);
            self.patterns.insert(pattern, PatternCheck { static_name, model_text: pattern.to_owned(), translated });
        }
    }

    fn has_own_constraints(&self, name: &str) -> bool {
        let shape = self.shape(name);
        let has_bounds = shape.min.is_some_and(|min| min > 0.0) || shape.max.is_some();
        match shape.kind.as_str() {
            "string" if shape.is_enum() => false,
            "string" => has_bounds || shape.pattern.as_deref().is_some_and(|pattern| self.patterns.contains_key(pattern)),
            "list" | "map" | "blob" => has_bounds,
            _ if shape.is_number() => shape.min.is_some() || shape.max.is_some(),
            _ => false,
        }
    }

    fn find_validated(&mut self) {
        let names = self.sorted_shape_names();
        loop {
            let before = self.validated.len();
            for &name in &names {
                if !self.validated.contains(name)
                    && (self.has_own_constraints(name) || self.children(name).iter().any(|child| self.validated.contains(child)))
                {
                    self.validated.insert(name);
                }
            }
            if self.validated.len() == before {
                break;
            }
        }
    }

    /// Whether `Validate::validate` on the Rust value checks everything the shape requires: a
    /// structure, or a list or map of them without bounds of its own (ferry_api implements
    /// `Validate` for `Vec`, `BTreeMap` and `Option`).
    fn validates_itself(&self, name: &str) -> bool {
        let shape = self.shape(name);
        let has_bounds = shape.min.is_some_and(|min| min > 0.0) || shape.max.is_some();
        match shape.kind.as_str() {
            "structure" => shape.is_struct(),
            "list" => !has_bounds && self.validates_itself(&shape.member.as_ref().unwrap().shape),
            "map" => {
                !has_bounds
                    && !self.validated.contains(shape.key.as_ref().unwrap().shape.as_str())
                    && self.validates_itself(&shape.value.as_ref().unwrap().shape)
            }
            _ => false,
        }
    }

    /// The Rust type of a value of shape `name`.
    fn rust_type(&mut self, name: &str) -> String {
        let shape = self.shape(name);
        if shape.is_document() {
            return "serde_json::Value".to_owned();
        }
        match shape.kind.as_str() {
            "structure" => self.type_names[name].clone(),
            "string" if shape.is_enum() => self.type_names[name].clone(),
            "string" => "String".to_owned(),
            "integer" => "i32".to_owned(),
            "long" => "i64".to_owned(),
            "double" | "float" => "f64".to_owned(),
            "boolean" => "bool".to_owned(),
            "timestamp" => "ferry_api::shape::Timestamp".to_owned(),
            "blob" => {
                self.uses_blob = true;
                "Blob".to_owned()
            }
            "list" => format!("Vec<{}>", self.rust_type(&shape.member.as_ref().unwrap().shape)),
            "map" => format!("std::collections::BTreeMap<String, {}>", self.rust_type(&shape.value.as_ref().unwrap().shape)),
            other => unreachable!("check_model refuses type {other}"),
        }
    }

    // --- Rendering ---------------------------------------------------------------------------

    fn render(&mut self, botocore_version: &str, model_path: &str) -> Result<String> {
        // Shapes first: rendering them records which pattern statics and helpers are needed.
        let mut shapes = String::new();
        for name in self.sorted_shape_names() {
            let shape = self.shape(name);
            if shape.is_struct() {
                self.render_struct(&mut shapes, name);
            } else if shape.is_enum() {
                self.render_enum(&mut shapes, name);
            }
        }

        let metadata = &self.model.metadata;
        let mut out = String::new();
        line(
            &mut out,
            format!(
                "//! Request and response shapes of the {} API (`{model_path}`), generated from botocore {botocore_version}.",
                metadata.service_id
            ),
        );
        line(&mut out, "//!");
        line(&mut out, "//! Do not edit: change `xtask` and regenerate with `cargo xtask codegen`.");
        line(&mut out, "");
        line(&mut out, "use ferry_api::shape::{FieldPath, Validate, ValidationProblem};");
        line(&mut out, "use serde::{Deserialize, Serialize};");
        line(&mut out, "");
        self.render_metadata(&mut out)?;
        self.render_operations(&mut out);
        line(&mut out, "");
        line(&mut out, "pub use ferry_api::shape::{BodyErrorKind, ParseError};");
        line(&mut out, "use ferry_api::shape::parse_body;");
        line(&mut out, "");
        self.render_patterns(&mut out);
        if self.uses_blob {
            line(&mut out, "pub use blob::Blob;");
            line(&mut out, "");
            line(&mut out, "mod blob {");
            out.push_str(&template_body(BLOB_TEMPLATE));
            line(&mut out, "}");
            line(&mut out, "");
        }
        out.push_str(&shapes);
        Ok(out)
    }

    fn render_metadata(&self, out: &mut String) -> Result<()> {
        let metadata = &self.model.metadata;
        let target_prefix = metadata.target_prefix.as_deref().context("no targetPrefix")?;
        let signing_name = metadata.signing_name.as_deref().unwrap_or(&metadata.endpoint_prefix);
        let json_version = metadata.json_version.as_deref().unwrap_or("1.0");
        line(out, "/// The prefix of the `X-Amz-Target` header: `{TARGET_PREFIX}.{operation}`.");
        line(out, format!("pub const TARGET_PREFIX: &str = {target_prefix:?};"));
        line(out, "/// The service name in SigV4 credential scopes.");
        line(out, format!("pub const SIGNING_NAME: &str = {signing_name:?};"));
        line(out, "/// The JSON protocol version: `Content-Type: application/x-amz-json-{JSON_VERSION}`.");
        line(out, format!("pub const JSON_VERSION: &str = {json_version:?};"));
        line(out, "");

        let names = self.sorted_shape_names();
        line(out, "/// The model's exception shapes; their Rust errors are written by hand.");
        line(out, "pub const ERROR_SHAPE_NAMES: &[&str] = &[");
        for name in names.iter().filter(|name| self.shape(name).exception) {
            line(out, format!("{name:?},"));
        }
        line(out, "];");
        line(out, "");

        line(out, "/// `(structure, member)` pairs whose values are sensitive, to be redacted in logs.");
        line(out, "pub const SENSITIVE_FIELDS: &[(&str, &str)] = &[");
        for name in names.iter().filter(|name| self.shape(name).is_struct()) {
            for member in self.members(name) {
                if self.is_sensitive(member.target) {
                    line(out, format!("({name:?}, {:?}),", member.json_name));
                }
            }
        }
        line(out, "];");
        line(out, "");
        Ok(())
    }

    fn is_sensitive(&self, name: &str) -> bool {
        let shape = self.shape(name);
        shape.sensitive
            || match shape.kind.as_str() {
                "list" => self.is_sensitive(&shape.member.as_ref().unwrap().shape),
                "map" => self.is_sensitive(&shape.value.as_ref().unwrap().shape),
                _ => false,
            }
    }

    fn render_operations(&self, out: &mut String) {
        let mut operations: Vec<(&str, Option<String>)> = self
            .model
            .operations
            .iter()
            .map(|(name, operation)| (name.as_str(), operation.input.as_ref().map(|input| self.type_names[input.shape.as_str()].clone())))
            .collect();
        operations.sort_unstable_by(|a, b| a.0.cmp(b.0));

        line(out, "/// One request to the service, parsed: a variant per operation, named as AWS names it.");
        line(out, "#[derive(Debug, Clone, PartialEq)]");
        line(out, "pub enum Operation {");
        for (name, input) in &operations {
            match input {
                Some(input) => line(out, format!("{name}({input}),")),
                None => line(out, format!("{name},")),
            }
        }
        line(out, "}");
        line(out, "");
        line(out, "impl Operation {");
        line(out, "/// Every operation name, in name order.");
        line(out, "pub const NAMES: &'static [&'static str] = &[");
        for (name, _) in &operations {
            line(out, format!("{name:?},"));
        }
        line(out, "];");
        line(out, "");
        line(out, "/// The operation's AWS name, for metrics and tracing.");
        line(out, "pub fn name(&self) -> &'static str {");
        line(out, "match self {");
        for (name, input) in &operations {
            let pattern = if input.is_some() { format!("Self::{name}(_)") } else { format!("Self::{name}") };
            line(out, format!("{pattern} => {name:?},"));
        }
        line(out, "}");
        line(out, "}");
        line(out, "");
        line(out, "/// Parses a request body (JSON; empty reads as `{}`) as the input of the named operation.");
        line(out, "pub fn parse(operation_name: &str, body: &[u8]) -> Result<Operation, ParseError> {");
        line(out, "match operation_name {");
        for (name, input) in &operations {
            match input {
                Some(_) => line(out, format!("{name:?} => parse_body(body).map(Self::{name}),")),
                None => line(out, format!("{name:?} => parse_body::<serde::de::IgnoredAny>(body).map(|_| Self::{name}),")),
            }
        }
        line(out, "_ => Err(ParseError::UnknownOperation { name: operation_name.to_owned() }),");
        line(out, "}");
        line(out, "}");
        line(out, "");
        line(out, "/// Checks the input against the model's constraints; `Err` lists every problem found.");
        line(out, "pub fn validate(&self) -> Result<(), Vec<ValidationProblem>> {");
        line(out, "match self {");
        for (name, input) in &operations {
            match input {
                Some(_) => line(out, format!("Self::{name}(input) => input.validate_request(),")),
                None => line(out, format!("Self::{name} => Ok(()),")),
            }
        }
        line(out, "}");
        line(out, "}");
        line(out, "}");
    }

    fn render_patterns(&self, out: &mut String) {
        let mut checks: Vec<&PatternCheck> =
            self.patterns.values().filter(|check| self.used_patterns.contains(&check.static_name)).collect();
        checks.sort_unstable_by(|a, b| a.static_name.cmp(&b.static_name));
        for check in checks {
            let regex = check.translated.regex.as_ref().expect("only compiling patterns are kept");
            let text_name = format!("{}_TEXT", check.static_name);
            line(out, format!("const {text_name}: &str = {};", string_literal(&check.model_text)));
            if *regex == check.model_text {
                line(
                    out,
                    format!(
                        "static {}: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex({text_name}));",
                        check.static_name
                    ),
                );
            } else {
                let notes: Vec<&str> = check.translated.notes.iter().copied().collect();
                line(out, format!("// Translated for the `regex` crate: {}.", notes.join("; ")));
                line(
                    out,
                    format!(
                        "static {}: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| ferry_api::shape::anchored_regex({}));",
                        check.static_name,
                        string_literal(regex)
                    ),
                );
            }
        }
        for (pattern, reason) in &self.unchecked_patterns {
            line(out, format!("// Not checked, the `regex` crate cannot read it ({reason}): {pattern}"));
        }
        line(out, "");
    }

    fn render_struct(&mut self, out: &mut String, name: &'m str) {
        let type_name = self.type_names[name].clone();
        let members = self.members(name);
        let derive_default = if self.defaults.contains(name) { "Default, " } else { "" };
        line(out, format!("#[derive(Debug, Clone, PartialEq, {derive_default}Serialize, Deserialize)]"));
        line(out, format!("pub struct {type_name} {{"));
        for member in &members {
            let mut rust_type = self.rust_type(member.target);
            if member.boxed {
                rust_type = format!("Box<{rust_type}>");
            }
            if member.required {
                line(out, format!("#[serde(rename = {:?})]", member.json_name));
                line(out, format!("pub {}: {rust_type},", member.field));
            } else {
                line(out, format!("#[serde(rename = {:?}, default, skip_serializing_if = \"Option::is_none\")]", member.json_name));
                line(out, format!("pub {}: Option<{rust_type}>,", member.field));
            }
        }
        line(out, "}");
        line(out, "");

        let mut body = Vec::new();
        for member in &members {
            body.extend(self.member_checks(member));
        }
        line(out, format!("impl Validate for {type_name} {{"));
        if body.is_empty() {
            line(out, "fn validate(&self, _path: &FieldPath, _problems: &mut Vec<ValidationProblem>) {}");
        } else {
            line(out, "fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {");
            for text in body {
                line(out, text);
            }
            line(out, "}");
        }
        line(out, "}");
        line(out, "");
    }

    fn member_checks(&mut self, member: &Member<'m>) -> Vec<String> {
        if !self.validated.contains(member.target) {
            return Vec::new();
        }
        let field_path = format!("path.field({:?})", member.json_name);
        if self.validates_itself(member.target) && !member.boxed {
            return vec![format!("self.{}.validate(&{field_path}, problems);", member.field)];
        }
        let mut lines = Vec::new();
        if member.required {
            lines.push("{".to_owned());
            lines.push(format!("let value = &self.{};", member.field));
        } else {
            lines.push(format!("if let Some(value) = &self.{} {{", member.field));
        }
        lines.push(format!("let member_path = {field_path};"));
        lines.extend(self.value_checks(member.target, "value", "member_path", 0));
        lines.push("}".to_owned());
        lines
    }

    /// Code checking `value` (an expression of type `&T` for shape `name`) and reporting at
    /// `path` (a `FieldPath` variable). `depth` keeps the loop variables of nested lists apart.
    fn value_checks(&mut self, name: &str, value: &str, path: &str, depth: usize) -> Vec<String> {
        let shape = self.shape(name);
        let mut lines = Vec::new();
        if !self.validated.contains(name) {
            return lines;
        }
        let length_bounds = format!(
            "{}, {}",
            optional_literal(shape.min.filter(|min| *min > 0.0).map(|min| min as u64)),
            optional_literal(shape.max.map(|max| max as u64))
        );
        let has_length_bounds = shape.min.is_some_and(|min| min > 0.0) || shape.max.is_some();
        let number_bounds =
            format!("{}, {}", optional_literal(shape.min.map(float_literal)), optional_literal(shape.max.map(float_literal)));
        match shape.kind.as_str() {
            "structure" => lines.push(format!("{value}.validate(&{path}, problems);")),
            "string" => {
                if has_length_bounds {
                    lines.push(format!("ferry_api::shape::check_string_length({value}, {length_bounds}, &{path}, problems);"));
                }
                if let Some(check) = shape.pattern.as_deref().and_then(|pattern| self.patterns.get(pattern)) {
                    let static_name = check.static_name.clone();
                    lines.push(format!("ferry_api::shape::check_pattern({value}, &{static_name}, {static_name}_TEXT, &{path}, problems);"));
                    self.used_patterns.insert(static_name);
                }
            }
            "integer" => {
                lines.push(format!("ferry_api::shape::check_number_range(f64::from(*{value}), {number_bounds}, &{path}, problems);"))
            }
            "long" => lines.push(format!("ferry_api::shape::check_number_range(*{value} as f64, {number_bounds}, &{path}, problems);")),
            "double" | "float" => {
                lines.push(format!("ferry_api::shape::check_number_range(*{value}, {number_bounds}, &{path}, problems);"))
            }
            "blob" => {
                lines.push(format!("ferry_api::shape::check_collection_length({value}.0.len(), {length_bounds}, &{path}, problems);"))
            }
            "list" => {
                if has_length_bounds {
                    lines.push(format!("ferry_api::shape::check_collection_length({value}.len(), {length_bounds}, &{path}, problems);"));
                }
                let element = shape.member.as_ref().unwrap().shape.as_str();
                if self.validates_itself(element) {
                    if self.validated.contains(element) {
                        lines.push(format!("{value}.validate(&{path}, problems);"));
                    }
                } else if self.validated.contains(element) {
                    let (index, item, item_path) = (format!("index_{depth}"), format!("item_{depth}"), format!("path_{depth}"));
                    lines.push(format!("for ({index}, {item}) in {value}.iter().enumerate() {{"));
                    lines.push(format!("let {item_path} = {path}.index({index});"));
                    lines.extend(self.value_checks(element, &item, &item_path, depth + 1));
                    lines.push("}".to_owned());
                }
            }
            "map" => {
                if has_length_bounds {
                    lines.push(format!("ferry_api::shape::check_collection_length({value}.len(), {length_bounds}, &{path}, problems);"));
                }
                let key = shape.key.as_ref().unwrap().shape.as_str();
                let element = shape.value.as_ref().unwrap().shape.as_str();
                if self.validated.contains(key) || self.validated.contains(element) {
                    let (key_name, item, item_path) = (format!("key_{depth}"), format!("item_{depth}"), format!("path_{depth}"));
                    let key_checks = self.value_checks(key, &key_name, &item_path, depth + 1);
                    let item_checks = self.value_checks(element, &item, &item_path, depth + 1);
                    if item_checks.is_empty() {
                        lines.push(format!("for {key_name} in {value}.keys() {{"));
                    } else {
                        lines.push(format!("for ({key_name}, {item}) in {value} {{"));
                    }
                    lines.push(format!("let {item_path} = {path}.key({key_name});"));
                    lines.extend(key_checks);
                    lines.extend(item_checks);
                    lines.push("}".to_owned());
                }
            }
            _ => {}
        }
        lines
    }

    fn render_enum(&self, out: &mut String, name: &str) {
        let type_name = &self.type_names[name];
        let mut values: Vec<String> = Vec::new();
        for value in &self.shape(name).enum_values {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
        let variants = variant_names(&values);
        line(out, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]");
        line(out, format!("pub enum {type_name} {{"));
        for (value, variant) in values.iter().zip(&variants) {
            line(out, format!("#[serde(rename = {value:?})]"));
            line(out, format!("{variant},"));
        }
        line(out, "}");
        line(out, "");
        line(out, format!("impl {type_name} {{"));
        line(out, "pub const VALUES: &'static [&'static str] = &[");
        for value in &values {
            line(out, format!("{value:?},"));
        }
        line(out, "];");
        line(out, "");
        line(out, "pub fn as_str(self) -> &'static str {");
        line(out, "match self {");
        for (value, variant) in values.iter().zip(&variants) {
            line(out, format!("Self::{variant} => {value:?},"));
        }
        line(out, "}");
        line(out, "}");
        line(out, "}");
        line(out, "");
        line(out, format!("impl std::fmt::Display for {type_name} {{"));
        line(out, "fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {");
        line(out, "formatter.write_str(self.as_str())");
        line(out, "}");
        line(out, "}");
        line(out, "");
    }
}

/// A field name made unique within its struct (`name`, `name_2`…).
fn unique_field(name: String, used: &mut BTreeSet<String>) -> String {
    let mut candidate = name.clone();
    let mut counter = 2;
    while used.contains(&candidate) {
        candidate = format!("{name}_{counter}");
        counter += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// A template without its leading `//!` lines, which describe the template file itself.
fn template_body(template: &str) -> String {
    template.lines().skip_while(|text| text.starts_with("//!")).map(|text| format!("{text}\n")).collect()
}

fn line(out: &mut String, text: impl AsRef<str>) {
    writeln!(out, "{}", text.as_ref()).expect("writing to a String cannot fail");
}

// The templates are compiled here too, so that their tests run without generating a service.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../templates/blob.rs"]
mod blob_template;

#[cfg(test)]
mod tests {
    use super::*;

    fn model(shapes: serde_json::Value, operations: serde_json::Value) -> Model {
        serde_json::from_value(serde_json::json!({
            "metadata": {
                "endpointPrefix": "demo",
                "jsonVersion": "1.1",
                "protocol": "json",
                "serviceId": "Demo",
                "signingName": "demo",
                "targetPrefix": "DemoService_20240101"
            },
            "operations": operations,
            "shapes": shapes
        }))
        .unwrap()
    }

    fn generate_snippet(shapes: serde_json::Value) -> String {
        let model = model(shapes, serde_json::json!({}));
        generate(&model, "0.0.0", "demo/2024-01-01").unwrap()
    }

    /// The generated text with all whitespace runs collapsed, so assertions need not guess the
    /// line breaks the generator emits before rustfmt.
    fn squashed(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn field_names_are_snake_case_and_escape_keywords() {
        let cases = [
            ("portMappings", "port_mappings"),
            ("type", "r#type"),
            ("cpu", "cpu"),
            ("SessionTimeoutException", "session_timeout_exception"),
            ("sourceIPAddress", "source_ip_address"),
            ("self", "self_"),
            ("3dModel", "field_3d_model"),
        ];
        for (member, expected) in cases {
            assert_eq!(field_name(member), expected, "{member}");
        }
    }

    #[test]
    fn type_names_keep_aws_spelling_when_they_can() {
        let cases = [
            ("CreateClusterRequest", "CreateClusterRequest"),
            ("ECS", "Ecs"),
            ("arnType", "ArnType"),
            ("log_group", "LogGroup"),
            ("Option", "OptionShape"),
            ("Operation", "OperationShape"),
            ("2dThing", "Shape2dThing"),
        ];
        for (shape, expected) in cases {
            assert_eq!(type_name(shape), expected, "{shape}");
        }
    }

    #[test]
    fn enum_variants_are_camel_case_and_unique() {
        let values: Vec<String> =
            ["FARGATE_SPOT", "awsvpc", "1d", "t2.micro", "t2-micro", "", "Self", "ARM64"].iter().map(|v| v.to_string()).collect();
        assert_eq!(variant_names(&values), ["FargateSpot", "Awsvpc", "V1d", "T2Micro", "T2Micro2", "Value5", "SelfValue", "Arm64"]);
    }

    #[test]
    fn primitives_map_to_rust_types() {
        let generated = squashed(&generate_snippet(serde_json::json!({
            "Everything": {"type": "structure", "required": ["name"], "members": {
                "name": {"shape": "String"},
                "count": {"shape": "BoxedInteger"},
                "total": {"shape": "Long"},
                "ratio": {"shape": "Double"},
                "enabled": {"shape": "Boolean"},
                "createdAt": {"shape": "Timestamp"},
                "payload": {"shape": "Payload"},
                "labels": {"shape": "Labels"},
                "tags": {"shape": "TagList"},
                "details": {"shape": "Details"},
                "type": {"shape": "Kind"}
            }},
            "String": {"type": "string"},
            "BoxedInteger": {"type": "integer", "box": true},
            "Long": {"type": "long"},
            "Double": {"type": "double"},
            "Boolean": {"type": "boolean"},
            "Timestamp": {"type": "timestamp"},
            "Payload": {"type": "blob"},
            "Labels": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
            "TagList": {"type": "list", "member": {"shape": "Tag"}},
            "Tag": {"type": "structure", "members": {"key": {"shape": "String"}}},
            "Details": {"type": "structure", "members": {}, "document": true},
            "Kind": {"type": "string", "enum": ["A", "B"]}
        })));
        for expected in [
            "#[serde(rename = \"name\")] pub name: String,",
            "#[serde(rename = \"count\", default, skip_serializing_if = \"Option::is_none\")] pub count: Option<i32>,",
            "pub total: Option<i64>,",
            "pub ratio: Option<f64>,",
            "pub enabled: Option<bool>,",
            "pub created_at: Option<ferry_api::shape::Timestamp>,",
            "pub payload: Option<Blob>,",
            "pub labels: Option<std::collections::BTreeMap<String, String>>,",
            "pub tags: Option<Vec<Tag>>,",
            "pub details: Option<serde_json::Value>,",
            "#[serde(rename = \"type\", default, skip_serializing_if = \"Option::is_none\")] pub r#type: Option<Kind>,",
            "pub struct Blob(pub Vec<u8>);",
            "#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)] pub struct Everything {",
        ] {
            assert!(generated.contains(expected), "missing {expected}");
        }
        // Named aliases of primitives are not types of their own.
        assert!(!generated.contains("pub struct BoxedInteger") && !generated.contains("pub struct String"));
    }

    #[test]
    fn required_enums_and_timestamps_rule_out_default() {
        let generated = squashed(&generate_snippet(serde_json::json!({
            "WithEnum": {"type": "structure", "required": ["kind"], "members": {"kind": {"shape": "Kind"}}},
            "WithInner": {"type": "structure", "required": ["inner"], "members": {"inner": {"shape": "WithEnum"}}},
            "OptionalEnum": {"type": "structure", "members": {"kind": {"shape": "Kind"}}},
            "Kind": {"type": "string", "enum": ["A", "B"]}
        })));
        assert!(generated.contains("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)] pub struct WithEnum {"));
        assert!(generated.contains("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)] pub struct WithInner {"));
        assert!(generated.contains("#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)] pub struct OptionalEnum {"));
        assert!(generated.contains("pub const VALUES: &'static [&'static str] = &[ \"A\", \"B\", ];"));
    }

    #[test]
    fn exceptions_unions_and_recursion() {
        let generated = squashed(&generate_snippet(serde_json::json!({
            "Boom": {"type": "structure", "members": {"message": {"shape": "String"}}, "exception": true},
            "Choice": {"type": "structure", "required": ["a"], "members": {"a": {"shape": "String"}, "b": {"shape": "String"}}, "union": true},
            "Stream": {"type": "structure", "members": {"event": {"shape": "Choice"}, "Boom": {"shape": "Boom"}}, "eventstream": true},
            "Node": {"type": "structure", "members": {"child": {"shape": "Node"}, "children": {"shape": "Nodes"}}},
            "Nodes": {"type": "list", "member": {"shape": "Node"}},
            "Secret": {"type": "string", "sensitive": true},
            "Holder": {"type": "structure", "members": {"secret": {"shape": "Secret"}, "plain": {"shape": "String"}}},
            "String": {"type": "string"}
        })));
        assert!(generated.contains("pub const ERROR_SHAPE_NAMES: &[&str] = &[ \"Boom\", ];"));
        assert!(!generated.contains("pub struct Boom"));
        assert!(generated.contains("pub a: Option<String>,"), "union members are all optional");
        assert!(!generated.contains("pub boom:"), "event-stream exceptions are skipped");
        assert!(generated.contains("pub child: Option<Box<Node>>,"));
        assert!(generated.contains("pub children: Option<Vec<Node>>,"));
        assert!(generated.contains("pub const SENSITIVE_FIELDS: &[(&str, &str)] = &[ (\"Holder\", \"secret\"), ];"));
    }

    #[test]
    fn constraints_become_checks() {
        let generated = squashed(&generate_snippet(serde_json::json!({
            "Tagged": {"type": "structure", "required": ["tags"], "members": {
                "tags": {"shape": "Tags"},
                "names": {"shape": "Names"},
                "size": {"shape": "Size"},
                "loose": {"shape": "Loose"}
            }},
            "Tags": {"type": "list", "member": {"shape": "Tag"}, "max": 50, "min": 0},
            "Tag": {"type": "structure", "members": {"key": {"shape": "TagKey"}}},
            "TagKey": {"type": "string", "max": 128, "min": 1, "pattern": "[a-z]+"},
            "Names": {"type": "list", "member": {"shape": "TagKey"}},
            "Size": {"type": "integer", "max": 10, "min": 1},
            "Loose": {"type": "string", "pattern": "(?!aws:).+"}
        })));
        for expected in [
            "ferry_api::shape::check_collection_length(value.len(), None, Some(50), &member_path, problems); value.validate(&member_path, problems);",
            "ferry_api::shape::check_string_length(value, Some(1), Some(128), &member_path, problems); ferry_api::shape::check_pattern(value, &TAG_KEY_PATTERN, TAG_KEY_PATTERN_TEXT, &member_path, problems);",
            "for (index_0, item_0) in value.iter().enumerate() { let path_0 = member_path.index(index_0); ferry_api::shape::check_string_length(item_0, Some(1), Some(128), &path_0, problems);",
            "ferry_api::shape::check_number_range(f64::from(*value), Some(1.0), Some(10.0), &member_path, problems);",
            "const TAG_KEY_PATTERN_TEXT: &str = \"[a-z]+\";",
            "const LOOSE_PATTERN_TEXT: &str = \"(?!aws:).+\";",
            "// Translated for the `regex` crate: look-around removed",
            "anchored_regex(\".+\")",
        ] {
            assert!(generated.contains(expected), "missing {expected}");
        }
    }

    #[test]
    fn operations_are_parsed_by_name() {
        let model = model(
            serde_json::json!({
                "PingRequest": {"type": "structure", "members": {}},
                "PingResponse": {"type": "structure", "members": {}}
            }),
            serde_json::json!({
                "Ping": {"name": "Ping", "input": {"shape": "PingRequest"}, "output": {"shape": "PingResponse"}},
                "Reset": {"name": "Reset"}
            }),
        );
        let generated = squashed(&generate(&model, "0.0.0", "demo/2024-01-01").unwrap());
        assert!(generated.contains("pub enum Operation { Ping(PingRequest), Reset, }"));
        assert!(generated.contains("\"Ping\" => parse_body(body).map(Self::Ping),"));
        assert!(generated.contains("\"Reset\" => parse_body::<serde::de::IgnoredAny>(body).map(|_| Self::Reset),"));
        assert!(generated.contains("pub const TARGET_PREFIX: &str = \"DemoService_20240101\";"));
        // Determinism: the same model gives the same text.
        assert_eq!(generate(&model, "0.0.0", "demo/2024-01-01").unwrap(), generate(&model, "0.0.0", "demo/2024-01-01").unwrap());
    }

    #[test]
    fn patterns_are_translated_for_the_regex_crate() {
        let check = |pattern: &str, expected: &str| {
            let translated = translate_pattern(pattern);
            assert_eq!(translated.regex.as_deref(), Ok(expected), "{pattern}");
        };
        check("[a-zA-Z0-9\\.\\*\\-]+", "[a-zA-Z0-9\\.\\*\\-]+");
        check("([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)", "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
        check("[\\w-_]*", "[[:word:]\\-_]*");
        check("\\d{12}", "[[:digit:]]{12}");
        check("\\p{Print}+", "[[:print:]]+");
        check("^(?!aws:).+", "^.+");
        check("((?!-)[a-z0-9-]{1,63}(?<!-)\\.)+", "([a-z0-9-]{1,63}\\.)+");
        check(
            "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*",
            "[\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}\\r\\n\\t]*",
        );
        check(
            "arn:aws(-[\\w]+)*:[a-z0-9-\\\\.]{0,63}:(\\w|\\/|-){1,1011}",
            "arn:aws(-[[:word:]]+)*:[a-z0-9-\\\\.]{0,63}:([[:word:]]|\\/|-){1,1011}",
        );
        assert!(translate_pattern("\\p{javaLowerCase}").regex.is_err());
    }

    #[test]
    fn string_literals_prefer_raw_for_patterns() {
        assert_eq!(string_literal("[a-z]+"), "\"[a-z]+\"");
        assert_eq!(string_literal("\\d+"), "r\"\\d+\"");
        assert_eq!(string_literal("\\\"x"), "r#\"\\\"x\"#");
    }

    #[test]
    fn blob_template_round_trips_base64() {
        use blob_template::Blob;
        for bytes in [&b""[..], b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", &[0, 255, 128, 7]] {
            let json = serde_json::to_string(&Blob(bytes.to_vec())).unwrap();
            let back: Blob = serde_json::from_str(&json).unwrap();
            assert_eq!(back.0, bytes);
        }
        assert_eq!(serde_json::to_string(&Blob(b"foobar".to_vec())).unwrap(), "\"Zm9vYmFy\"");
        assert_eq!(serde_json::from_str::<Blob>("\"Zm9vYg==\"").unwrap().0, b"foob");
        for bad in ["\"Zm9vY\"", "\"Zm=vYg==\"", "\"Zm9v====\"", "\"Zm9v!mFy\"", "12"] {
            assert!(serde_json::from_str::<Blob>(bad).is_err(), "{bad}");
        }
    }
}
