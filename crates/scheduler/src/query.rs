//! ECS's cluster query language, the expressions of `memberOf` constraints and of
//! `ListContainerInstances`' `filter`: `subject operator [argument]` comparisons joined by
//! `and`/`&&`, `or`/`||`, `not`/`!` and parentheses.
//!
//! The parser is written by hand, as a recursive descent over the characters: no crate parses
//! this language, and its lexing depends on where the parser is (after `=~` a regular expression
//! with its own parentheses and brackets is one value; in a list a comma ends a value), which a
//! separate tokenizer would have to guess.
//!
//! Subjects the snapshot does not hold as attributes are read from `InstanceSnapshot` fields:
//! `agentConnected` (false only when `ineligible` is `AgentDisconnected`), `agentVersion`
//! (`agent_version`), `ec2InstanceId` (`ec2_instance_id`), `registeredAt`
//! (`registered_at_epoch_seconds`), `runningTasksCount` (the sum of `task_groups`, plus what the
//! plan has placed), `task:group` (the groups in `task_groups`, plus the plan's group once it
//! has placed a task there).

use std::cmp::Ordering;

use regex::{Regex, RegexBuilder};

use crate::instance::InstanceSnapshot;
use crate::request::PlacementInputError;

/// A parsed cluster query. Two queries are equal when their texts are.
#[derive(Debug, Clone)]
pub struct ClusterQuery {
    text: String,
    root: Expression,
}

impl PartialEq for ClusterQuery {
    fn eq(&self, other: &ClusterQuery) -> bool {
        self.text == other.text
    }
}

impl Eq for ClusterQuery {}

#[derive(Debug, Clone)]
enum Expression {
    AnyOf(Vec<Expression>),
    AllOf(Vec<Expression>),
    Not(Box<Expression>),
    Comparison { subject: Subject, operator: Operator },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Subject {
    Attribute(String),
    TaskGroup,
    AgentConnected,
    AgentVersion,
    Ec2InstanceId,
    RegisteredAt,
    RunningTasksCount,
}

#[derive(Debug, Clone)]
enum Operator {
    Equals(Argument),
    NotEquals(Argument),
    GreaterThan(Argument),
    GreaterThanEqual(Argument),
    LessThan(Argument),
    LessThanEqual(Argument),
    Exists,
    NotExists,
    In(Vec<Argument>),
    NotIn(Vec<Argument>),
    Matches(Regex),
    NotMatches(Regex),
}

/// A literal argument, with the readings the comparison may need worked out once at parse time.
#[derive(Debug, Clone)]
struct Argument {
    text: String,
    number: Option<f64>,
    epoch_seconds: Option<i64>,
}

impl Argument {
    fn new(text: String) -> Argument {
        let number = parse_number(&text);
        let epoch_seconds = parse_timestamp(&text);
        Argument { text, number, epoch_seconds }
    }
}

/// What the plan under construction has added to an instance, so that `task:group` and
/// `runningTasksCount` see tasks placed earlier in the same plan.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlannedTasks<'r> {
    pub task_group: &'r str,
    pub count: u32,
}

impl PlannedTasks<'_> {
    const NONE: PlannedTasks<'static> = PlannedTasks { task_group: "", count: 0 };
}

/// A subject's value on one instance.
enum SubjectValue<'i> {
    Absent,
    /// An attribute without a value, such as a capability.
    Valueless,
    Text(&'i str),
    Number(f64),
    Version(&'i str),
    EpochSeconds(i64),
}

impl ClusterQuery {
    pub fn parse(text: &str) -> Result<ClusterQuery, PlacementInputError> {
        let mut parser = Parser { text, position: 0 };
        let root = parser.parse_any_of()?;
        parser.skip_whitespace();
        if parser.position < text.len() {
            return Err(parser.error(parser.position, "'and', 'or', ')' only after '(', or the end of the expression"));
        }
        Ok(ClusterQuery { text: text.to_owned(), root })
    }

    /// Whether the instance, as the snapshot has it, belongs to the group the query describes.
    pub fn matches(&self, instance: &InstanceSnapshot) -> bool {
        self.matches_with_plan(instance, PlannedTasks::NONE)
    }

    /// The expression as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn matches_with_plan(&self, instance: &InstanceSnapshot, planned: PlannedTasks<'_>) -> bool {
        evaluate(&self.root, instance, planned)
    }
}

fn evaluate(expression: &Expression, instance: &InstanceSnapshot, planned: PlannedTasks<'_>) -> bool {
    match expression {
        Expression::AnyOf(alternatives) => alternatives.iter().any(|one| evaluate(one, instance, planned)),
        Expression::AllOf(conditions) => conditions.iter().all(|one| evaluate(one, instance, planned)),
        Expression::Not(inner) => !evaluate(inner, instance, planned),
        Expression::Comparison { subject: Subject::TaskGroup, operator } => evaluate_task_group(operator, instance, planned),
        Expression::Comparison { subject, operator } => evaluate_single(operator, subject_value(subject, instance, planned)),
    }
}

fn subject_value<'i>(subject: &'i Subject, instance: &'i InstanceSnapshot, planned: PlannedTasks<'_>) -> SubjectValue<'i> {
    match subject {
        Subject::Attribute(name) => match instance.attributes.get(name) {
            None => SubjectValue::Absent,
            Some(None) => SubjectValue::Valueless,
            Some(Some(value)) => SubjectValue::Text(value),
        },
        Subject::AgentConnected => SubjectValue::Text(if instance.agent_connected() { "true" } else { "false" }),
        Subject::AgentVersion => instance.agent_version.as_deref().map_or(SubjectValue::Absent, SubjectValue::Version),
        Subject::Ec2InstanceId => instance.ec2_instance_id.as_deref().map_or(SubjectValue::Absent, SubjectValue::Text),
        Subject::RegisteredAt => instance.registered_at_epoch_seconds.map_or(SubjectValue::Absent, SubjectValue::EpochSeconds),
        Subject::RunningTasksCount => SubjectValue::Number((instance.running_tasks_count() + u64::from(planned.count)) as f64),
        // `task:group` holds many values at once and is evaluated by `evaluate_task_group`.
        Subject::TaskGroup => SubjectValue::Absent,
    }
}

/// Orders a value against an argument; `None` when they cannot be compared.
fn compare(value: &SubjectValue<'_>, argument: &Argument) -> Option<Ordering> {
    match value {
        SubjectValue::Absent | SubjectValue::Valueless => None,
        SubjectValue::Text(text) => match (parse_number(text), argument.number) {
            (Some(number), Some(wanted)) => number.partial_cmp(&wanted),
            _ => Some((*text).cmp(argument.text.as_str())),
        },
        SubjectValue::Number(number) => number.partial_cmp(&argument.number?),
        SubjectValue::Version(version) => Some(compare_versions(version, &argument.text)),
        SubjectValue::EpochSeconds(seconds) => Some(seconds.cmp(&argument.epoch_seconds?)),
    }
}

fn equals(value: &SubjectValue<'_>, argument: &Argument) -> bool {
    match value {
        // Attribute values are compared as strings, as ECS documents `==`: "1.0" is not "1".
        SubjectValue::Text(text) => *text == argument.text,
        _ => compare(value, argument) == Some(Ordering::Equal),
    }
}

fn evaluate_single(operator: &Operator, value: SubjectValue<'_>) -> bool {
    let present = !matches!(value, SubjectValue::Absent);
    let ordered = |wanted: fn(Ordering) -> bool, argument: &Argument| compare(&value, argument).is_some_and(wanted);
    match operator {
        Operator::Equals(argument) => equals(&value, argument),
        Operator::NotEquals(argument) => !equals(&value, argument),
        Operator::GreaterThan(argument) => ordered(Ordering::is_gt, argument),
        Operator::GreaterThanEqual(argument) => ordered(Ordering::is_ge, argument),
        Operator::LessThan(argument) => ordered(Ordering::is_lt, argument),
        Operator::LessThanEqual(argument) => ordered(Ordering::is_le, argument),
        Operator::Exists => present,
        Operator::NotExists => !present,
        Operator::In(arguments) => arguments.iter().any(|argument| equals(&value, argument)),
        Operator::NotIn(arguments) => !arguments.iter().any(|argument| equals(&value, argument)),
        Operator::Matches(pattern) => text_of(&value).is_some_and(|text| pattern.is_match(text)),
        Operator::NotMatches(pattern) => !text_of(&value).is_some_and(|text| pattern.is_match(text)),
    }
}

fn text_of<'v>(value: &'v SubjectValue<'_>) -> Option<&'v str> {
    match value {
        SubjectValue::Text(text) | SubjectValue::Version(text) => Some(text),
        _ => None,
    }
}

/// `task:group` is true for an operator when any group on the instance satisfies it; the
/// negative operators are the negations of the positive ones, so `task:group != database` is
/// `not (task:group == database)`, as the ECS documentation's examples use it.
fn evaluate_task_group(operator: &Operator, instance: &InstanceSnapshot, planned: PlannedTasks<'_>) -> bool {
    let has_group = |group: &str| instance.tasks_in_group(group) > 0 || (planned.count > 0 && planned.task_group == group);
    let any_group = |accept: &dyn Fn(&str) -> bool| {
        instance.task_groups.iter().any(|(group, count)| *count > 0 && accept(group)) || (planned.count > 0 && accept(planned.task_group))
    };
    match operator {
        Operator::Equals(argument) => has_group(&argument.text),
        Operator::NotEquals(argument) => !has_group(&argument.text),
        Operator::In(arguments) => arguments.iter().any(|argument| has_group(&argument.text)),
        Operator::NotIn(arguments) => !arguments.iter().any(|argument| has_group(&argument.text)),
        Operator::Matches(pattern) => any_group(&|group| pattern.is_match(group)),
        Operator::NotMatches(pattern) => !any_group(&|group| pattern.is_match(group)),
        Operator::Exists => any_group(&|_| true),
        Operator::NotExists => !any_group(&|_| true),
        // Rejected by the parser: groups have no order.
        Operator::GreaterThan(_) | Operator::GreaterThanEqual(_) | Operator::LessThan(_) | Operator::LessThanEqual(_) => false,
    }
}

fn parse_number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|number| number.is_finite())
}

/// Compares dotted versions numerically (`1.10.0` > `1.9.2`); falls back to comparing the
/// texts when either is not made of numbers.
fn compare_versions(left: &str, right: &str) -> Ordering {
    let components = |version: &str| -> Option<Vec<u64>> {
        let version = version.strip_prefix('v').unwrap_or(version);
        version.split('.').map(|part| part.parse::<u64>().ok()).collect()
    };
    match (components(left), components(right)) {
        (Some(left), Some(right)) => {
            let length = left.len().max(right.len());
            let at = |parts: &[u64], index: usize| parts.get(index).copied().unwrap_or(0);
            (0..length).map(|index| at(&left, index).cmp(&at(&right, index))).find(|order| order.is_ne()).unwrap_or(Ordering::Equal)
        }
        _ => left.cmp(right),
    }
}

/// Reads the date formats ECS documents for `registeredAt`: `2018-06-18T22:28:28+00:00`,
/// `2018-06-18T22:28:28Z`, `2018-06-18T22:28:28` (UTC) and `2018-06-18` (midnight UTC).
pub(crate) fn parse_timestamp(text: &str) -> Option<i64> {
    let digits = |part: &str| -> Option<i64> { if part.bytes().all(|byte| byte.is_ascii_digit()) { part.parse().ok() } else { None } };
    let (date, rest) = text.split_at_checked(10)?;
    let mut date_parts = date.split('-');
    let (year, month, day) = (date_parts.next()?, date_parts.next()?, date_parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (year, month, day) = (digits(year)?, digits(month)?, digits(day)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let midnight = days_from_civil(year, month, day) * 86_400;
    if rest.is_empty() {
        return Some(midnight);
    }
    let rest = rest.strip_prefix('T')?;
    let (clock, mut zone) = rest.split_at_checked(8)?;
    let mut clock_parts = clock.split(':');
    let (hours, minutes, seconds) = (digits(clock_parts.next()?)?, digits(clock_parts.next()?)?, digits(clock_parts.next()?)?);
    if hours > 23 || minutes > 59 || seconds > 60 {
        return None;
    }
    if let Some(fraction) = zone.strip_prefix('.') {
        let length = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if length == 0 {
            return None;
        }
        zone = &fraction[length..];
    }
    let offset_seconds = match zone {
        "" | "Z" => 0,
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (offset_hours, offset_minutes) = zone[1..].split_once(':')?;
            if offset_hours.len() != 2 || offset_minutes.len() != 2 {
                return None;
            }
            sign * (digits(offset_hours)? * 3600 + digits(offset_minutes)? * 60)
        }
    };
    Some(midnight + hours * 3600 + minutes * 60 + seconds - offset_seconds)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

const SUBJECTS: &str =
    "a subject (attribute:NAME, task:group, agentConnected, agentVersion, ec2InstanceId, registeredAt or runningTasksCount)";

/// Characters of subjects and of word operators: ECS attribute names are letters, digits,
/// hyphens, underscores, periods, at signs, slashes and colons.
fn is_word_character(character: char) -> bool {
    character.is_ascii_alphanumeric() || matches!(character, '_' | '.' | '-' | ':' | '/' | '@')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OperatorKind {
    Equals,
    NotEquals,
    GreaterThan,
    GreaterThanEqual,
    LessThan,
    LessThanEqual,
    Exists,
    NotExists,
    In,
    NotIn,
    Matches,
    NotMatches,
}

/// Symbolic spellings, longest first where one is a prefix of another.
const SYMBOLIC_OPERATORS: [(&str, OperatorKind); 10] = [
    ("==", OperatorKind::Equals),
    ("!=", OperatorKind::NotEquals),
    (">=", OperatorKind::GreaterThanEqual),
    ("<=", OperatorKind::LessThanEqual),
    ("=~", OperatorKind::Matches),
    ("!~", OperatorKind::NotMatches),
    (">", OperatorKind::GreaterThan),
    ("<", OperatorKind::LessThan),
    ("!exists", OperatorKind::NotExists),
    ("!in", OperatorKind::NotIn),
];

const WORD_OPERATORS: [(&str, OperatorKind); 12] = [
    ("equals", OperatorKind::Equals),
    ("not_equals", OperatorKind::NotEquals),
    ("greater_than", OperatorKind::GreaterThan),
    ("greater_than_equal", OperatorKind::GreaterThanEqual),
    ("less_than", OperatorKind::LessThan),
    ("less_than_equal", OperatorKind::LessThanEqual),
    ("exists", OperatorKind::Exists),
    ("not_exists", OperatorKind::NotExists),
    ("in", OperatorKind::In),
    ("not_in", OperatorKind::NotIn),
    ("matches", OperatorKind::Matches),
    ("not_matches", OperatorKind::NotMatches),
];

impl OperatorKind {
    fn spelling(self) -> &'static str {
        WORD_OPERATORS.iter().find(|(_, kind)| *kind == self).map_or("?", |(word, _)| word)
    }

    fn is_ordering(self) -> bool {
        matches!(self, OperatorKind::GreaterThan | OperatorKind::GreaterThanEqual | OperatorKind::LessThan | OperatorKind::LessThanEqual)
    }
}

/// The operators ECS documents for each subject; attributes take every operator.
fn operator_allowed(subject: &Subject, operator: OperatorKind) -> bool {
    use OperatorKind as Kind;
    match subject {
        Subject::Attribute(_) => true,
        Subject::AgentConnected | Subject::Ec2InstanceId => {
            matches!(operator, Kind::Equals | Kind::NotEquals | Kind::In | Kind::NotIn | Kind::Matches | Kind::NotMatches)
        }
        Subject::AgentVersion | Subject::RegisteredAt | Subject::RunningTasksCount => {
            operator.is_ordering() || matches!(operator, Kind::Equals | Kind::NotEquals)
        }
        Subject::TaskGroup => !operator.is_ordering(),
    }
}

struct Parser<'t> {
    text: &'t str,
    /// A byte offset into `text`.
    position: usize,
}

impl<'t> Parser<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.position..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_whitespace(&mut self) {
        let rest = self.rest();
        self.position += rest.len() - rest.trim_start().len();
    }

    /// Names the position as a person counts (1-based characters) and what was there.
    fn error(&self, at: usize, expected: &str) -> PlacementInputError {
        let column = self.text[..at].chars().count() + 1;
        let found: String = self.text[at..].split_whitespace().next().map(|word| word.chars().take(24).collect()).unwrap_or_default();
        let found = if found.is_empty() { "the end of the expression".to_owned() } else { format!("'{found}'") };
        PlacementInputError::expression(format!("Invalid cluster query at character {column}: expected {expected}, found {found}."))
    }

    /// Consumes a symbol (after whitespace) if it comes next.
    fn eat_symbol(&mut self, symbol: &str) -> bool {
        self.skip_whitespace();
        if self.rest().starts_with(symbol) {
            self.position += symbol.len();
            true
        } else {
            false
        }
    }

    /// Consumes a keyword (after whitespace, any case) if it comes next as a whole word.
    fn eat_keyword(&mut self, keyword: &str) -> bool {
        self.skip_whitespace();
        let rest = self.rest();
        let matches = rest.get(..keyword.len()).is_some_and(|start| start.eq_ignore_ascii_case(keyword))
            && !rest[keyword.len()..].starts_with(is_word_character);
        if matches {
            self.position += keyword.len();
        }
        matches
    }

    fn parse_any_of(&mut self) -> Result<Expression, PlacementInputError> {
        let mut alternatives = vec![self.parse_all_of()?];
        while self.eat_keyword("or") || self.eat_symbol("||") {
            alternatives.push(self.parse_all_of()?);
        }
        Ok(if alternatives.len() == 1 { alternatives.remove(0) } else { Expression::AnyOf(alternatives) })
    }

    fn parse_all_of(&mut self) -> Result<Expression, PlacementInputError> {
        let mut conditions = vec![self.parse_unary()?];
        while self.eat_keyword("and") || self.eat_symbol("&&") {
            conditions.push(self.parse_unary()?);
        }
        Ok(if conditions.len() == 1 { conditions.remove(0) } else { Expression::AllOf(conditions) })
    }

    fn parse_unary(&mut self) -> Result<Expression, PlacementInputError> {
        if self.eat_keyword("not") || self.eat_symbol("!") {
            return Ok(Expression::Not(Box::new(self.parse_unary()?)));
        }
        if self.eat_symbol("(") {
            let inner = self.parse_any_of()?;
            if !self.eat_symbol(")") {
                return Err(self.error(self.position, "')' to close the parenthesis, 'and' or 'or'"));
            }
            return Ok(inner);
        }
        self.parse_comparison()
    }

    fn parse_comparison(&mut self) -> Result<Expression, PlacementInputError> {
        self.skip_whitespace();
        let subject_start = self.position;
        let word_length = self.rest().find(|character| !is_word_character(character)).unwrap_or(self.rest().len());
        let word = &self.rest()[..word_length];
        let subject = match word {
            "task:group" => Subject::TaskGroup,
            "agentConnected" => Subject::AgentConnected,
            "agentVersion" => Subject::AgentVersion,
            "ec2InstanceId" => Subject::Ec2InstanceId,
            "registeredAt" => Subject::RegisteredAt,
            "runningTasksCount" => Subject::RunningTasksCount,
            _ => match word.strip_prefix("attribute:") {
                Some(name) if !name.is_empty() => Subject::Attribute(name.to_owned()),
                Some(_) => return Err(self.error(subject_start + word_length, "an attribute name after 'attribute:'")),
                None => return Err(self.error(subject_start, SUBJECTS)),
            },
        };
        self.position += word_length;

        self.skip_whitespace();
        let operator_start = self.position;
        let kind = self
            .parse_operator_kind()
            .ok_or_else(|| self.error(operator_start, "an operator (==, !=, >, >=, <, <=, exists, !exists, in, !in, =~ or !~)"))?;
        if !operator_allowed(&subject, kind) {
            return Err(
                self.error(operator_start, &format!("an operator that {word} accepts ('{}' does not apply to it)", kind.spelling()))
            );
        }

        let operator = match kind {
            OperatorKind::Exists => Operator::Exists,
            OperatorKind::NotExists => Operator::NotExists,
            OperatorKind::In | OperatorKind::NotIn => {
                let mut arguments = Vec::new();
                for (text, at) in self.parse_list()? {
                    arguments.push(self.argument_for(&subject, text, at)?);
                }
                if kind == OperatorKind::In { Operator::In(arguments) } else { Operator::NotIn(arguments) }
            }
            OperatorKind::Matches | OperatorKind::NotMatches => {
                let (pattern, at) = self.parse_value(None)?;
                let regex =
                    compile_pattern(&pattern).map_err(|problem| self.error(at, &format!("a Java-style regular expression ({problem})")))?;
                if kind == OperatorKind::Matches { Operator::Matches(regex) } else { Operator::NotMatches(regex) }
            }
            _ => {
                let (text, at) = self.parse_value(None)?;
                let argument = self.argument_for(&subject, text, at)?;
                match kind {
                    OperatorKind::Equals => Operator::Equals(argument),
                    OperatorKind::NotEquals => Operator::NotEquals(argument),
                    OperatorKind::GreaterThan => Operator::GreaterThan(argument),
                    OperatorKind::GreaterThanEqual => Operator::GreaterThanEqual(argument),
                    OperatorKind::LessThan => Operator::LessThan(argument),
                    _ => Operator::LessThanEqual(argument),
                }
            }
        };
        Ok(Expression::Comparison { subject, operator })
    }

    fn parse_operator_kind(&mut self) -> Option<OperatorKind> {
        let rest = self.rest();
        for (symbol, kind) in SYMBOLIC_OPERATORS {
            let word_like = symbol.len() > 2;
            if rest.starts_with(symbol) && !(word_like && rest[symbol.len()..].starts_with(is_word_character)) {
                self.position += symbol.len();
                return Some(kind);
            }
        }
        let word_length = rest.find(|character: char| !(character.is_ascii_alphanumeric() || character == '_')).unwrap_or(rest.len());
        let word = &rest[..word_length];
        let (_, kind) = WORD_OPERATORS.iter().find(|(spelling, _)| spelling.eq_ignore_ascii_case(word))?;
        self.position += word_length;
        Some(*kind)
    }

    /// Checks an argument against what its subject can be compared with.
    fn argument_for(&self, subject: &Subject, text: String, at: usize) -> Result<Argument, PlacementInputError> {
        match subject {
            Subject::AgentConnected => {
                let lowered = text.to_ascii_lowercase();
                if lowered != "true" && lowered != "false" {
                    return Err(self.error(at, "true or false"));
                }
                Ok(Argument::new(lowered))
            }
            Subject::RunningTasksCount if parse_number(&text).is_none() => Err(self.error(at, "a number")),
            Subject::RegisteredAt if parse_timestamp(&text).is_none() => {
                Err(self.error(at, "a date such as 2018-06-18T22:28:28+00:00, 2018-06-18T22:28:28Z, 2018-06-18T22:28:28 or 2018-06-18"))
            }
            _ => Ok(Argument::new(text)),
        }
    }

    /// `[a, b]` or `(a, b)`: the values and where each starts.
    fn parse_list(&mut self) -> Result<Vec<(String, usize)>, PlacementInputError> {
        self.skip_whitespace();
        let closer = match self.peek() {
            Some('[') => ']',
            Some('(') => ')',
            _ => return Err(self.error(self.position, "a list such as [value1, value2]")),
        };
        self.position += 1;
        let mut values = vec![self.parse_value(Some(closer))?];
        loop {
            if self.eat_symbol(",") {
                values.push(self.parse_value(Some(closer))?);
            } else if self.eat_symbol(&closer.to_string()) {
                return Ok(values);
            } else {
                return Err(self.error(self.position, &format!("',' or '{closer}'")));
            }
        }
    }

    /// One literal: quoted with `'` or `"`, or bare. A bare value runs to whitespace, to a
    /// closing parenthesis or bracket it did not open, and inside a list to a comma.
    fn parse_value(&mut self, list_closer: Option<char>) -> Result<(String, usize), PlacementInputError> {
        self.skip_whitespace();
        let start = self.position;
        if let Some(quote) = self.peek().filter(|character| *character == '\'' || *character == '"') {
            let body = &self.rest()[1..];
            let Some(length) = body.find(quote) else {
                return Err(self.error(start, &format!("a closing {quote} for the quoted value")));
            };
            self.position += length + 2;
            return Ok((body[..length].to_owned(), start));
        }
        let mut depth = 0usize;
        let mut length = self.rest().len();
        for (offset, character) in self.rest().char_indices() {
            let ends = match character {
                _ if character.is_whitespace() => true,
                '(' | '[' => {
                    depth += 1;
                    false
                }
                ')' | ']' if depth == 0 => true,
                ')' | ']' => {
                    depth -= 1;
                    false
                }
                ',' => depth == 0 && list_closer.is_some(),
                _ => false,
            };
            if ends {
                length = offset;
                break;
            }
        }
        if length == 0 {
            return Err(self.error(start, "a value"));
        }
        self.position += length;
        Ok((self.text[start..start + length].to_owned(), start))
    }
}

/// ECS matches Java regular expressions against the whole value (`t3.*` matches `t3.large`,
/// not `xt3.large`); the `regex` crate reads the common subset the same way.
fn compile_pattern(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(1 << 20)
        .build()
        .map_err(|error| error.to_string().lines().last().unwrap_or("not a valid pattern").trim().to_owned())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn instance() -> InstanceSnapshot {
        InstanceSnapshot {
            id: "i1".to_owned(),
            attributes: BTreeMap::from([
                ("ecs.instance-type".to_owned(), Some("t3.large".to_owned())),
                ("ecs.availability-zone".to_owned(), Some("us-east-1a".to_owned())),
                ("ecs.os-type".to_owned(), Some("linux".to_owned())),
                ("cores".to_owned(), Some("16".to_owned())),
                ("ecs.capability.task-eni".to_owned(), None),
            ]),
            task_groups: BTreeMap::from([("service:web".to_owned(), 2), ("family:batch".to_owned(), 1), ("service:gone".to_owned(), 0)]),
            agent_version: Some("1.82.0".to_owned()),
            ec2_instance_id: Some("i-abcd1234".to_owned()),
            registered_at_epoch_seconds: Some(parse_timestamp("2024-03-01T12:00:00Z").unwrap()),
            ..InstanceSnapshot::default()
        }
    }

    /// Data-driven: each expression with whether it selects the instance above.
    fn check(cases: &[(&str, bool)]) {
        let instance = instance();
        for (text, expected) in cases {
            let query = ClusterQuery::parse(text).unwrap_or_else(|error| panic!("{text}: {}", error.message));
            assert_eq!(query.matches(&instance), *expected, "{text}");
            assert_eq!(query.text(), *text);
        }
    }

    fn error_of(text: &str) -> String {
        ClusterQuery::parse(text).err().unwrap_or_else(|| panic!("{text} parsed")).message
    }

    #[test]
    fn equality_operators_in_both_spellings() {
        check(&[
            ("attribute:ecs.instance-type == t3.large", true),
            ("attribute:ecs.instance-type equals t3.large", true),
            ("attribute:ecs.instance-type==t3.large", true),
            ("attribute:ecs.instance-type == t3.small", false),
            ("attribute:ecs.instance-type != t3.small", true),
            ("attribute:ecs.instance-type not_equals t3.large", false),
            ("attribute:missing != anything", true),
            ("attribute:missing == anything", false),
            ("attribute:ecs.capability.task-eni == x", false),
            ("attribute:ecs.instance-type == 't3.large'", true),
            ("attribute:ecs.instance-type == \"t3.large\"", true),
            // `==` is string equality: a `*` is a character, not a wildcard.
            ("attribute:ecs.instance-type == t3.*", false),
        ]);
    }

    #[test]
    fn ordering_operators_compare_numbers_as_numbers() {
        check(&[
            ("attribute:cores > 8", true),
            ("attribute:cores greater_than 16", false),
            ("attribute:cores >= 16", true),
            ("attribute:cores greater_than_equal 17", false),
            ("attribute:cores < 100", true),
            ("attribute:cores less_than 16", false),
            ("attribute:cores <= 16", true),
            ("attribute:cores less_than_equal 15.5", false),
            // Text against text compares as strings.
            ("attribute:ecs.instance-type > m5.large", true),
            ("attribute:missing > 1", false),
            ("attribute:ecs.capability.task-eni < 1", false),
        ]);
    }

    #[test]
    fn exists_in_and_matches() {
        check(&[
            ("attribute:ecs.capability.task-eni exists", true),
            ("attribute:missing exists", false),
            ("attribute:missing !exists", true),
            ("attribute:ecs.os-type not_exists", false),
            ("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]", true),
            ("attribute:ecs.availability-zone in (us-east-1b, us-east-1c)", false),
            ("attribute:ecs.availability-zone !in [us-east-1b]", true),
            ("attribute:ecs.availability-zone not_in ['us-east-1a']", false),
            ("attribute:ecs.instance-type =~ t3.*", true),
            ("attribute:ecs.instance-type matches (t3|m5)\\..*", true),
            ("attribute:ecs.instance-type =~ large", false),
            ("attribute:ecs.instance-type =~ t[23]\\.large", true),
            ("attribute:ecs.instance-type !~ m5.*", true),
            ("attribute:ecs.instance-type not_matches t3.*", false),
            ("attribute:missing !~ t3.*", true),
        ]);
    }

    #[test]
    fn subjects_beyond_attributes() {
        check(&[
            ("agentConnected == true", true),
            ("agentConnected != TRUE", false),
            ("agentVersion >= 1.9.0", true),
            ("agentVersion < 1.100", true),
            ("agentVersion == 1.82", true),
            ("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", true),
            ("ec2InstanceId =~ i-abc.*", true),
            ("registeredAt >= 2024-03-01", true),
            ("registeredAt < 2024-03-01T12:00:00+01:00", false),
            ("registeredAt == 2024-03-01T13:00:00+01:00", true),
            ("registeredAt > 2024-03-01T12:00:00", false),
            ("runningTasksCount > 2", true),
            ("runningTasksCount == 3", true),
            ("runningTasksCount <= 2", false),
            ("task:group == service:web", true),
            ("task:group == service:gone", false),
            ("task:group != service:web", false),
            ("task:group in [service:api, family:batch]", true),
            ("task:group not_in [service:api]", true),
            ("task:group =~ service:.*", true),
            ("task:group !~ family:.*", false),
            ("task:group exists", true),
            ("not(task:group == database)", true),
        ]);
    }

    #[test]
    fn the_plan_under_construction_counts_for_task_group_and_running_tasks() {
        let query = ClusterQuery::parse("task:group == service:api and runningTasksCount == 4").unwrap();
        let instance = instance();
        assert!(!query.matches(&instance));
        assert!(query.matches_with_plan(&instance, PlannedTasks { task_group: "service:api", count: 1 }));
        assert!(!query.matches_with_plan(&instance, PlannedTasks { task_group: "service:api", count: 2 }));
    }

    #[test]
    fn and_binds_tighter_than_or_and_not_tighter_than_and() {
        check(&[
            // true or (false and false)
            ("attribute:ecs.os-type == linux or attribute:missing exists and attribute:x exists", true),
            // (true or false) and false
            ("(attribute:ecs.os-type == linux or attribute:missing exists) and attribute:x exists", false),
            ("attribute:ecs.os-type == linux && attribute:cores > 4", true),
            ("attribute:missing exists || attribute:cores > 4", true),
            // (not false) and true
            ("not attribute:missing exists and attribute:ecs.os-type == linux", true),
            ("! attribute:ecs.os-type == linux or attribute:cores == 16", true),
            ("!(attribute:ecs.os-type == linux or attribute:cores == 16)", false),
            ("not not attribute:ecs.os-type == linux", true),
            ("((attribute:ecs.os-type == linux))", true),
            ("(attribute:ecs.instance-type =~ (t3|m5).*) AND attribute:cores > 1", true),
            ("attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d", false),
        ]);
    }

    #[test]
    fn errors_name_the_position_and_what_was_expected() {
        assert_eq!(
            error_of("attribute:a == b and"),
            "Invalid cluster query at character 21: expected a subject (attribute:NAME, task:group, agentConnected, agentVersion, ec2InstanceId, registeredAt or runningTasksCount), found the end of the expression."
        );
        assert_eq!(
            error_of("attribute:a = b"),
            "Invalid cluster query at character 13: expected an operator (==, !=, >, >=, <, <=, exists, !exists, in, !in, =~ or !~), found '='."
        );
        assert_eq!(error_of("attribute:a =="), "Invalid cluster query at character 15: expected a value, found the end of the expression.");
        assert_eq!(
            error_of("(attribute:a exists"),
            "Invalid cluster query at character 20: expected ')' to close the parenthesis, 'and' or 'or', found the end of the expression."
        );
        assert_eq!(
            error_of("attribute:a exists)"),
            "Invalid cluster query at character 19: expected 'and', 'or', ')' only after '(', or the end of the expression, found ')'."
        );
        assert_eq!(error_of("attribute:a in [x y]"), "Invalid cluster query at character 19: expected ',' or ']', found 'y]'.");
        assert_eq!(
            error_of("attribute:a in x"),
            "Invalid cluster query at character 16: expected a list such as [value1, value2], found 'x'."
        );
        assert_eq!(
            error_of("attribute: exists"),
            "Invalid cluster query at character 11: expected an attribute name after 'attribute:', found 'exists'."
        );
        assert!(error_of("host == x").starts_with("Invalid cluster query at character 1: expected a subject"));
        assert_eq!(error_of("runningTasksCount > many"), "Invalid cluster query at character 21: expected a number, found 'many'.");
        assert!(error_of("registeredAt > yesterday").contains("expected a date such as 2018-06-18T22:28:28+00:00"));
        assert_eq!(error_of("agentConnected == maybe"), "Invalid cluster query at character 19: expected true or false, found 'maybe'.");
        assert_eq!(
            error_of("runningTasksCount exists"),
            "Invalid cluster query at character 19: expected an operator that runningTasksCount accepts ('exists' does not apply to it), found 'exists'."
        );
        assert!(error_of("task:group > a").contains("('greater_than' does not apply to it)"));
        assert!(
            error_of("attribute:a =~ (unclosed")
                .starts_with("Invalid cluster query at character 16: expected a Java-style regular expression (")
        );
        assert_eq!(
            error_of("attribute:a == 'open"),
            "Invalid cluster query at character 16: expected a closing ' for the quoted value, found ''open'."
        );
        assert!(error_of("").contains("character 1: expected a subject"));
    }
}
