//! Template copied into every generated shape module: the request-body parser and its error type.
//! `cargo xtask codegen` drops these first `//!` lines; xtask's tests compile the rest as it is.

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
    Body {
        path: String,
        message: String,
        kind: BodyErrorKind,
    },
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParseError::UnknownOperation { name } => write!(formatter, "unknown operation {name}"),
            ParseError::Body { path, message, .. } if path.is_empty() => {
                formatter.write_str(message)
            }
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
        let message = full_message
            .strip_suffix(&position)
            .unwrap_or(&full_message)
            .to_owned();
        let kind = match error.classify() {
            serde_json::error::Category::Io
            | serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof => BodyErrorKind::Syntax,
            serde_json::error::Category::Data if message.starts_with("missing field") => {
                if let Some(field) = message.split('`').nth(1) {
                    path = if path.is_empty() {
                        field.to_owned()
                    } else {
                        format!("{path}.{field}")
                    };
                }
                BodyErrorKind::MissingField
            }
            serde_json::error::Category::Data if message.starts_with("unknown variant") => {
                BodyErrorKind::UnknownEnumValue
            }
            serde_json::error::Category::Data => BodyErrorKind::WrongType,
        };
        ParseError::Body {
            path,
            message,
            kind,
        }
    }
}

/// Reads a JSON request body as `T`. An empty body reads as `{}`, as AWS reads it.
pub(crate) fn parse_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ParseError> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| ParseError::from_json(error.path().to_string(), error.inner()))?;
    // Trailing characters after the JSON value.
    deserializer
        .end()
        .map_err(|error| ParseError::from_json(String::new(), &error))?;
    Ok(value)
}
