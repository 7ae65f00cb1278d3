//! Amazon Resource Names: `arn:partition:service:region:account:resource`.

use std::fmt;

/// A parsed ARN. The resource part is kept whole (`cluster/default`, `task-definition/web:3`);
/// each service interprets it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Arn {
    pub partition: String,
    pub service: String,
    pub region: String,
    pub account_id: String,
    pub resource: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArnParseError {
    pub input: String,
}

impl fmt::Display for ArnParseError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "'{}' is not an ARN (expected arn:partition:service:region:account:resource)", self.input)
    }
}

impl std::error::Error for ArnParseError {}

impl Arn {
    pub fn parse(input: &str) -> Result<Arn, ArnParseError> {
        let error = || ArnParseError { input: input.to_owned() };
        let mut parts = input.splitn(6, ':');
        if parts.next() != Some("arn") {
            return Err(error());
        }
        let partition = parts.next().ok_or_else(error)?;
        let service = parts.next().ok_or_else(error)?;
        let region = parts.next().ok_or_else(error)?;
        let account_id = parts.next().ok_or_else(error)?;
        let resource = parts.next().ok_or_else(error)?;
        if partition.is_empty() || service.is_empty() || resource.is_empty() {
            return Err(error());
        }
        Ok(Arn {
            partition: partition.to_owned(),
            service: service.to_owned(),
            region: region.to_owned(),
            account_id: account_id.to_owned(),
            resource: resource.to_owned(),
        })
    }

    /// Splits the resource into its type and the rest: `cluster/default` gives `("cluster", "default")`.
    pub fn resource_type_and_id(&self) -> Option<(&str, &str)> {
        self.resource.split_once('/')
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "arn:{}:{}:{}:{}:{}", self.partition, self.service, self.region, self.account_id, self.resource)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_an_ecs_arn() {
        let text = "arn:aws:ecs:us-east-1:000000000000:task-definition/web:3";
        let arn = Arn::parse(text).unwrap();
        assert_eq!(arn.service, "ecs");
        assert_eq!(arn.resource_type_and_id(), Some(("task-definition", "web:3")));
        assert_eq!(arn.to_string(), text);
    }

    #[test]
    fn refuses_what_is_not_an_arn() {
        for text in ["", "arn", "arn:aws:ecs", "nope:aws:ecs:r:a:x", "arn::ecs:r:a:x", "arn:aws:ecs:r:a:"] {
            assert!(Arn::parse(text).is_err(), "{text}");
        }
    }
}
