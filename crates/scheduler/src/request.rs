//! What a caller asks of placement (constraints and strategies as ECS spells them, parsed once)
//! and what placement answers.

use std::fmt;

use crate::instance::{PlacementFailureReason, TaskRequirements};
use crate::query::ClusterQuery;

/// ECS's limit on a `memberOf` expression.
pub const MAX_EXPRESSION_LENGTH: usize = 2000;

/// A constraint or strategy as the caller wrote it could not be read. `field` names the member
/// of ECS's `placementConstraints[]` / `placementStrategy[]` entry at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacementInputError {
    /// `"type"`, `"field"` or `"expression"`.
    pub field: &'static str,
    pub message: String,
}

impl PlacementInputError {
    fn new(field: &'static str, message: impl Into<String>) -> PlacementInputError {
        PlacementInputError { field, message: message.into() }
    }

    pub(crate) fn expression(message: String) -> PlacementInputError {
        PlacementInputError::new("expression", message)
    }
}

impl fmt::Display for PlacementInputError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for PlacementInputError {}

/// A rule every placement must keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacementConstraint {
    /// At most one task of the request's task group per instance.
    DistinctInstance,
    /// Only instances the expression selects.
    MemberOf(ClusterQuery),
}

impl PlacementConstraint {
    /// Reads ECS's `{type, expression}`.
    pub fn parse(constraint_type: &str, expression: Option<&str>) -> Result<PlacementConstraint, PlacementInputError> {
        match constraint_type {
            "distinctInstance" => match expression {
                Some(text) if !text.trim().is_empty() => {
                    Err(PlacementInputError::new("expression", "A distinctInstance constraint takes no expression."))
                }
                _ => Ok(PlacementConstraint::DistinctInstance),
            },
            "memberOf" => {
                let text = expression.filter(|text| !text.trim().is_empty()).ok_or_else(|| {
                    PlacementInputError::new("expression", "A memberOf constraint needs an expression in the cluster query language.")
                })?;
                if text.chars().count() > MAX_EXPRESSION_LENGTH {
                    return Err(PlacementInputError::new(
                        "expression",
                        format!("The expression is longer than {MAX_EXPRESSION_LENGTH} characters."),
                    ));
                }
                Ok(PlacementConstraint::MemberOf(ClusterQuery::parse(text)?))
            }
            other => Err(PlacementInputError::new(
                "type",
                format!("Unknown placement constraint type '{other}'; expected distinctInstance or memberOf."),
            )),
        }
    }

    /// ECS's `type`.
    pub fn constraint_type(&self) -> &'static str {
        match self {
            PlacementConstraint::DistinctInstance => "distinctInstance",
            PlacementConstraint::MemberOf(_) => "memberOf",
        }
    }

    /// ECS's `expression`.
    pub fn expression(&self) -> Option<&str> {
        match self {
            PlacementConstraint::DistinctInstance => None,
            PlacementConstraint::MemberOf(query) => Some(query.text()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinpackResource {
    Cpu,
    Memory,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpreadField {
    /// `instanceId` or `host`.
    InstanceId,
    /// `attribute:NAME`, such as `attribute:ecs.availability-zone`.
    Attribute(String),
}

/// How to choose among the instances that may take a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlacementStrategy {
    /// The instance with the least of the resource left (that still fits the task).
    Binpack(BinpackResource),
    /// The instance, or the attribute value, with the fewest tasks of the task group.
    Spread(SpreadField),
    /// Any, uniformly, from the request's seed.
    Random,
}

impl PlacementStrategy {
    /// Reads ECS's `{type, field}`. `binpack`'s field is `cpu` or `memory` in any case;
    /// `random` ignores a field, as ECS documents it "not used".
    pub fn parse(strategy_type: &str, field: Option<&str>) -> Result<PlacementStrategy, PlacementInputError> {
        let field = field.map(str::trim).filter(|field| !field.is_empty());
        match strategy_type {
            "binpack" => match field {
                Some(field) if field.eq_ignore_ascii_case("cpu") => Ok(PlacementStrategy::Binpack(BinpackResource::Cpu)),
                Some(field) if field.eq_ignore_ascii_case("memory") => Ok(PlacementStrategy::Binpack(BinpackResource::Memory)),
                Some(other) => {
                    Err(PlacementInputError::new("field", format!("A binpack strategy's field is cpu or memory, not '{other}'.")))
                }
                None => Err(PlacementInputError::new("field", "A binpack strategy needs a field: cpu or memory.")),
            },
            "spread" => match field {
                Some("instanceId" | "host") => Ok(PlacementStrategy::Spread(SpreadField::InstanceId)),
                Some(field) => match field.strip_prefix("attribute:") {
                    Some(name) if !name.is_empty() => Ok(PlacementStrategy::Spread(SpreadField::Attribute(name.to_owned()))),
                    _ => Err(PlacementInputError::new(
                        "field",
                        format!("A spread strategy's field is instanceId, host or attribute:NAME, not '{field}'."),
                    )),
                },
                None => Err(PlacementInputError::new(
                    "field",
                    "A spread strategy needs a field: instanceId, host or attribute:NAME (such as attribute:ecs.availability-zone).",
                )),
            },
            "random" => Ok(PlacementStrategy::Random),
            other => Err(PlacementInputError::new(
                "type",
                format!("Unknown placement strategy type '{other}'; expected binpack, spread or random."),
            )),
        }
    }

    /// ECS's `type`.
    pub fn strategy_type(&self) -> &'static str {
        match self {
            PlacementStrategy::Binpack(_) => "binpack",
            PlacementStrategy::Spread(_) => "spread",
            PlacementStrategy::Random => "random",
        }
    }

    /// ECS's `field`, as Ferry writes it back.
    pub fn field(&self) -> Option<String> {
        match self {
            PlacementStrategy::Binpack(BinpackResource::Cpu) => Some("cpu".to_owned()),
            PlacementStrategy::Binpack(BinpackResource::Memory) => Some("memory".to_owned()),
            PlacementStrategy::Spread(SpreadField::InstanceId) => Some("instanceId".to_owned()),
            PlacementStrategy::Spread(SpreadField::Attribute(name)) => Some(format!("attribute:{name}")),
            PlacementStrategy::Random => None,
        }
    }

    /// ECS's default for a service's tasks: spread across Availability Zones.
    pub fn service_default() -> Vec<PlacementStrategy> {
        vec![PlacementStrategy::Spread(SpreadField::Attribute("ecs.availability-zone".to_owned()))]
    }
}

/// `count` copies of one task to place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlacementRequest {
    pub requirements: TaskRequirements,
    /// The group the new tasks join (`service:web`, `family:hello`, or a user's group): what
    /// `distinctInstance` and `spread` count.
    pub task_group: String,
    pub count: usize,
    /// Every placement keeps all of them.
    pub constraints: Vec<PlacementConstraint>,
    /// The first decides, each later one breaks the ties left by those before it, and the lowest
    /// snapshot index breaks what is still tied; `Random` ends the chain. Empty means the
    /// lowest-index instance that fits (first fit).
    pub strategies: Vec<PlacementStrategy>,
    /// Seeds `Random`: the same request on the same snapshot gives the same plan.
    pub random_seed: u64,
}

/// The answer for `count` copies of one task.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlacementPlan {
    /// For each placed task, in placement order, the index of its instance in the snapshot.
    pub placements: Vec<usize>,
    /// When not every task could be placed: for each instance, why it refused the first task
    /// that found no place.
    pub failures: Vec<(usize, PlacementFailureReason)>,
    /// When not every task could be placed: the instances counted by reason, for a person.
    pub explanation: Option<String>,
}
