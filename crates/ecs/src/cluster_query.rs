//! A first subset of ECS's cluster query language, for `ListContainerInstances`' `filter`:
//! `attribute:NAME == VALUE`, `!=`, `exists`, `in [A, B]`, joined by `and` / `or` (`and` binds
//! tighter; no parentheses yet). The scheduler issue replaces this with the whole language.

use std::collections::BTreeMap;

use crate::error::EcsError;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Comparison {
    Equals(String),
    NotEquals(String),
    Exists,
    In(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    attribute: String,
    comparison: Comparison,
}

/// A parsed expression: alternatives of conjunctions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterQuery {
    any_of: Vec<Vec<Term>>,
}

fn parse_term(text: &str) -> Result<Term, EcsError> {
    let unsupported = || {
        EcsError::invalid_parameter(format!(
            "The filter expression '{text}' is not understood; Ferry supports attribute:NAME == VALUE, !=, exists and in [...], joined by and/or."
        ))
    };
    let text = text.trim();
    let rest = text.strip_prefix("attribute:").ok_or_else(unsupported)?;
    let (attribute, comparison) = if let Some(attribute) = rest.strip_suffix(" exists") {
        (attribute, Comparison::Exists)
    } else if let Some((attribute, value)) = rest.split_once("==") {
        (attribute, Comparison::Equals(value.trim().to_owned()))
    } else if let Some((attribute, value)) = rest.split_once("!=") {
        (attribute, Comparison::NotEquals(value.trim().to_owned()))
    } else if let Some((attribute, list)) = rest.split_once(" in ") {
        let list = list.trim().strip_prefix('[').and_then(|list| list.strip_suffix(']')).ok_or_else(unsupported)?;
        (attribute, Comparison::In(list.split(',').map(|value| value.trim().to_owned()).collect()))
    } else {
        return Err(unsupported());
    };
    let attribute = attribute.trim();
    if attribute.is_empty() {
        return Err(unsupported());
    }
    Ok(Term { attribute: attribute.to_owned(), comparison })
}

impl ClusterQuery {
    pub fn parse(text: &str) -> Result<ClusterQuery, EcsError> {
        let any_of = text
            .split(" or ")
            .map(|conjunction| conjunction.split(" and ").map(parse_term).collect::<Result<Vec<_>, _>>())
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ClusterQuery { any_of })
    }

    pub fn matches(&self, attributes: &BTreeMap<String, Option<String>>) -> bool {
        self.any_of.iter().any(|terms| {
            terms.iter().all(|term| {
                let value = attributes.get(&term.attribute);
                match &term.comparison {
                    Comparison::Exists => value.is_some(),
                    Comparison::Equals(wanted) => value.is_some_and(|value| value.as_deref() == Some(wanted.as_str())),
                    Comparison::NotEquals(wanted) => value.is_none_or(|value| value.as_deref() != Some(wanted.as_str())),
                    Comparison::In(wanted) => value.is_some_and(|value| wanted.iter().any(|one| value.as_deref() == Some(one.as_str()))),
                }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_combine_with_and_before_or() {
        let attributes: BTreeMap<String, Option<String>> =
            [("ecs.instance-type".to_owned(), Some("t3.small".to_owned())), ("gpu".to_owned(), None)].into();
        let query = |text: &str| ClusterQuery::parse(text).unwrap().matches(&attributes);
        assert!(query("attribute:ecs.instance-type == t3.small"));
        assert!(!query("attribute:ecs.instance-type != t3.small"));
        assert!(query("attribute:gpu exists and attribute:ecs.instance-type in [t3.small, t3.large]"));
        assert!(query("attribute:missing exists or attribute:gpu exists"));
        assert!(!query("attribute:missing exists and attribute:gpu exists"));
        assert!(ClusterQuery::parse("runningTasksCount > 1").is_err());
    }
}
