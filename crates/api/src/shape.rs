//! Building blocks of the generated API shapes: timestamps, reading a request body into an
//! operation's input (`parse_body`, `ParseError`), and the validation of botocore's
//! `min`/`max`/`pattern` constraints.
//!
//! Generated shape modules (`cargo xtask codegen`) use only what this module exports, so that every
//! service crate validates and renders its input the same way.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A point in time as the AWS JSON protocols carry it: seconds since the Unix epoch as a JSON number,
/// with millisecond precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub epoch_millis: i64,
}

impl Timestamp {
    pub fn from_system_time(time: SystemTime) -> Timestamp {
        let epoch_millis = match time.duration_since(UNIX_EPOCH) {
            Ok(since) => since.as_millis() as i64,
            Err(before) => -(before.duration().as_millis() as i64),
        };
        Timestamp { epoch_millis }
    }

    pub fn to_system_time(self) -> SystemTime {
        if self.epoch_millis >= 0 {
            UNIX_EPOCH + Duration::from_millis(self.epoch_millis as u64)
        } else {
            UNIX_EPOCH - Duration::from_millis(self.epoch_millis.unsigned_abs())
        }
    }

    pub fn epoch_seconds(self) -> f64 {
        self.epoch_millis as f64 / 1000.0
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.epoch_millis % 1000 == 0 {
            serializer.serialize_i64(self.epoch_millis / 1000)
        } else {
            serializer.serialize_f64(self.epoch_seconds())
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TimestampVisitor;

        impl Visitor<'_> for TimestampVisitor {
            type Value = Timestamp;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a timestamp in seconds since the Unix epoch")
            }

            fn visit_i64<E: de::Error>(self, seconds: i64) -> Result<Timestamp, E> {
                seconds.checked_mul(1000).map(|epoch_millis| Timestamp { epoch_millis }).ok_or_else(|| E::custom("timestamp out of range"))
            }

            fn visit_u64<E: de::Error>(self, seconds: u64) -> Result<Timestamp, E> {
                i64::try_from(seconds).map_err(|_| E::custom("timestamp out of range")).and_then(|s| self.visit_i64(s))
            }

            fn visit_f64<E: de::Error>(self, seconds: f64) -> Result<Timestamp, E> {
                if !seconds.is_finite() || seconds.abs() > 9.0e15 {
                    return Err(E::custom("timestamp out of range"));
                }
                Ok(Timestamp { epoch_millis: (seconds * 1000.0).round() as i64 })
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Timestamp, E> {
                if let Ok(seconds) = text.parse::<f64>() {
                    return self.visit_f64(seconds);
                }
                let parsed = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                    .map_err(|_| E::custom(format!("'{text}' is not a timestamp (epoch seconds or RFC 3339)")))?;
                Ok(Timestamp { epoch_millis: (parsed.unix_timestamp_nanos() / 1_000_000) as i64 })
            }
        }

        deserializer.deserialize_any(TimestampVisitor)
    }
}

/// One broken constraint, named by the path of the field that broke it (`tags[3].key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationProblem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for ValidationProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}", self.field, self.message)
    }
}

/// Checks a value against the constraints its API model states. Implemented by generated code.
pub trait Validate {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>);

    /// Validates a whole request; `Err` holds every problem found, in field order.
    fn validate_request(&self) -> Result<(), Vec<ValidationProblem>> {
        let mut problems = Vec::new();
        self.validate(&FieldPath::root(), &mut problems);
        if problems.is_empty() { Ok(()) } else { Err(problems) }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        if let Some(value) = self {
            value.validate(path, problems);
        }
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        for (index, item) in self.iter().enumerate() {
            item.validate(&path.index(index), problems);
        }
    }
}

impl<T: Validate> Validate for std::collections::BTreeMap<String, T> {
    fn validate(&self, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
        for (key, value) in self {
            value.validate(&path.key(key), problems);
        }
    }
}

/// The path to a field inside a request, for messages a person can follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath {
    text: String,
}

impl FieldPath {
    pub fn root() -> FieldPath {
        FieldPath { text: String::new() }
    }

    pub fn field(&self, name: &str) -> FieldPath {
        if self.text.is_empty() { FieldPath { text: name.to_owned() } } else { FieldPath { text: format!("{}.{}", self.text, name) } }
    }

    pub fn index(&self, index: usize) -> FieldPath {
        FieldPath { text: format!("{}[{}]", self.text, index) }
    }

    pub fn key(&self, key: &str) -> FieldPath {
        FieldPath { text: format!("{}[\"{}\"]", self.text, key) }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// Checks a string's length in Unicode code points, as the AWS models count it.
pub fn check_string_length(value: &str, min: Option<u64>, max: Option<u64>, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
    let length = value.chars().count() as u64;
    check_bounds("length", length as f64, min.map(|m| m as f64), max.map(|m| m as f64), path, problems);
}

/// Checks how many items a list or map holds.
pub fn check_collection_length(length: usize, min: Option<u64>, max: Option<u64>, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
    check_bounds("number of items", length as f64, min.map(|m| m as f64), max.map(|m| m as f64), path, problems);
}

/// Checks a number against an inclusive range.
pub fn check_number_range(value: f64, min: Option<f64>, max: Option<f64>, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
    check_bounds("value", value, min, max, path, problems);
}

fn check_bounds(what: &str, value: f64, min: Option<f64>, max: Option<f64>, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
    if let Some(min) = min
        && value < min
    {
        problems.push(ValidationProblem {
            field: path.as_str().to_owned(),
            message: format!("{what} {} is below the minimum of {}", format_number(value), format_number(min)),
        });
    }
    if let Some(max) = max
        && value > max
    {
        problems.push(ValidationProblem {
            field: path.as_str().to_owned(),
            message: format!("{what} {} is above the maximum of {}", format_number(value), format_number(max)),
        });
    }
}

fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") }
}

/// Checks a string against a model pattern. Patterns are anchored at both ends, as AWS services
/// apply them; `regex` is compiled once by the caller (generated code keeps it in a `LazyLock`).
pub fn check_pattern(value: &str, regex: &regex::Regex, pattern_text: &str, path: &FieldPath, problems: &mut Vec<ValidationProblem>) {
    if !regex.is_match(value) {
        problems.push(ValidationProblem {
            field: path.as_str().to_owned(),
            message: format!("value does not match the pattern {pattern_text}"),
        });
    }
}

/// Compiles a model pattern anchored at both ends. Model patterns are fixed at generation time, so a
/// pattern that does not compile is a bug in the generator and panics at first use.
pub fn anchored_regex(pattern_text: &str) -> regex::Regex {
    regex::Regex::new(&format!("^(?:{pattern_text})$")).unwrap_or_else(|error| panic!("model pattern {pattern_text}: {error}"))
}

// --- Reading request bodies into operation inputs -------------------------------------------

/// What was wrong with a request body that could not be read as an operation's input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyErrorKind {
    /// The body is not JSON at all, or it is cut short.
    Syntax,
    /// A value has the wrong JSON type or does not fit its Rust type (`"memory": "x"`, an integer
    /// out of range, a duplicated member).
    WrongType,
    /// A member that the model marks `required` is absent.
    MissingField,
    /// A string is not one of its enum's values.
    UnknownEnumValue,
}

/// Why `Operation::parse` refused a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The service has no operation of this name.
    UnknownOperation { name: String },
    /// The body does not fit the operation's input shape. `path` names the offending field as AWS
    /// spells it (`containerDefinitions[0].portMappings[0].protocol`); for a missing field it names
    /// the missing field itself, and it is empty when the body as a whole is at fault.
    Body { path: String, message: String, kind: BodyErrorKind },
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::UnknownOperation { name } => write!(formatter, "unknown operation {name}"),
            ParseError::Body { path, message, .. } if path.is_empty() => formatter.write_str(message),
            ParseError::Body { path, message, .. } => write!(formatter, "{path}: {message}"),
        }
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    fn from_json(mut path: String, error: &serde_json::Error) -> ParseError {
        // serde_path_to_error renders the root as ".".
        if path == "." {
            path.clear();
        }
        // serde_json appends the position to its message; the path says more to an API caller.
        let full_message = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let message = full_message.strip_suffix(&position).unwrap_or(&full_message).to_owned();
        let kind = match error.classify() {
            serde_json::error::Category::Io | serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                BodyErrorKind::Syntax
            }
            serde_json::error::Category::Data if message.starts_with("missing field") => {
                if let Some(field) = message.split('`').nth(1) {
                    path = if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
                }
                BodyErrorKind::MissingField
            }
            serde_json::error::Category::Data if message.starts_with("unknown variant") => BodyErrorKind::UnknownEnumValue,
            serde_json::error::Category::Data => BodyErrorKind::WrongType,
        };
        ParseError::Body { path, message, kind }
    }
}

/// Reads a JSON request body as `T`. An empty body reads as `{}`, as AWS reads it.
pub fn parse_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ParseError> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) { b"{}" } else { body };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| ParseError::from_json(error.path().to_string(), error.inner()))?;
    // Trailing characters after the JSON value.
    deserializer.end().map_err(|error| ParseError::from_json(String::new(), &error))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_as_epoch_seconds() {
        let whole: Timestamp = serde_json::from_str("1700000000").unwrap();
        assert_eq!(serde_json::to_string(&whole).unwrap(), "1700000000");
        let fractional: Timestamp = serde_json::from_str("1700000000.123").unwrap();
        assert_eq!(fractional.epoch_millis, 1_700_000_000_123);
        assert_eq!(serde_json::to_string(&fractional).unwrap(), "1700000000.123");
        let text: Timestamp = serde_json::from_str("\"2023-11-14T22:13:20Z\"").unwrap();
        assert_eq!(text.epoch_millis, 1_700_000_000_000);
        assert!(serde_json::from_str::<Timestamp>("\"yesterday\"").is_err());
        assert!(serde_json::from_str::<Timestamp>("true").is_err());
    }

    #[test]
    fn bounds_name_the_field_and_the_limit() {
        let mut problems = Vec::new();
        let path = FieldPath::root().field("tags").index(3).field("key");
        check_string_length("", Some(1), Some(128), &path, &mut problems);
        check_collection_length(51, Some(0), Some(50), &FieldPath::root().field("tags"), &mut problems);
        assert_eq!(problems[0].to_string(), "tags[3].key: length 0 is below the minimum of 1");
        assert_eq!(problems[1].to_string(), "tags: number of items 51 is above the maximum of 50");
    }

    #[test]
    fn patterns_are_anchored() {
        let regex = anchored_regex("[a-z]+");
        let mut problems = Vec::new();
        check_pattern("abc", &regex, "[a-z]+", &FieldPath::root().field("name"), &mut problems);
        assert!(problems.is_empty());
        check_pattern("abc!", &regex, "[a-z]+", &FieldPath::root().field("name"), &mut problems);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn parse_errors_are_classified_with_their_path() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Input {
            family: String,
            memory: Option<i32>,
        }
        let kind_and_path = |body: &str| match parse_body::<Input>(body.as_bytes()) {
            Err(ParseError::Body { path, kind, .. }) => (kind, path),
            other => panic!("{body}: {other:?}"),
        };
        assert_eq!(kind_and_path("{\"family\": "), (BodyErrorKind::Syntax, "family".to_owned()));
        assert_eq!(kind_and_path("{\"family\": \"a\"} x"), (BodyErrorKind::Syntax, String::new()));
        assert_eq!(kind_and_path("{\"family\": \"a\", \"memory\": \"x\"}"), (BodyErrorKind::WrongType, "memory".to_owned()));
        assert_eq!(kind_and_path("{}"), (BodyErrorKind::MissingField, "family".to_owned()));
        assert_eq!(kind_and_path(""), (BodyErrorKind::MissingField, "family".to_owned()));
        assert!(parse_body::<Input>(b"{\"family\": \"a\", \"extra\": 1}").is_ok());
    }
}
