//! ECR lifecycle policies as a pure function: `parse_policy` checks a policy's text against ECR's
//! rules, `evaluate` decides which images it expires. No I/O and no clock: the caller passes the
//! images and `now`, so the preview, the scheduled pass and the tests all see the same decision.
//!
//! ECR's semantics, as its documentation states them:
//! - Rules apply in `rulePriority` order, lowest first; priorities are unique, and a rule with
//!   `tagStatus` `any` must have the highest.
//! - A rule selects images by `tagStatus` (`tagged`, `untagged`, `any`); a `tagged` rule names
//!   `tagPrefixList` or `tagPatternList` (not both), and an image is selected only if, for every
//!   prefix (pattern), one of its tags starts with (matches) it. Patterns have at most four `*`.
//! - `imageCountMoreThan N` expires what is beyond the N most recently pushed selected images;
//!   `sinceImagePushed N days` expires selected images pushed more than N days ago.
//! - An image is expired by at most one rule. An image that matches the tag selection of a rule
//!   cannot be expired by a rule of lower priority (a later one), but later rules still count it.
//! - Older images are expired before newer ones.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

const MILLIS_PER_DAY: u64 = 24 * 60 * 60 * 1000;
const MAX_WILDCARDS_PER_PATTERN: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleTagStatus {
    Tagged,
    Untagged,
    Any,
}

impl RuleTagStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleTagStatus::Tagged => "tagged",
            RuleTagStatus::Untagged => "untagged",
            RuleTagStatus::Any => "any",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountRule {
    ImageCountMoreThan(u64),
    SinceImagePushedDays(u64),
}

/// One rule of a policy, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecycleRule {
    pub priority: i64,
    pub tag_status: RuleTagStatus,
    pub tag_prefixes: Vec<String>,
    pub tag_patterns: Vec<String>,
    pub count: CountRule,
}

/// A policy whose rules are in priority order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecyclePolicy {
    pub rules: Vec<LifecycleRule>,
}

/// What the evaluation needs to know of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageFacts {
    pub digest: String,
    pub tags: Vec<String>,
    pub pushed_at_millis: u64,
}

/// An image a policy expires, and the rule that does it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiration {
    pub digest: String,
    pub rule_priority: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyText {
    rules: Option<Vec<RuleText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RuleText {
    rule_priority: Option<i64>,
    #[allow(dead_code)]
    description: Option<String>,
    selection: Option<SelectionText>,
    action: Option<ActionText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SelectionText {
    tag_status: Option<String>,
    tag_prefix_list: Option<Vec<String>>,
    tag_pattern_list: Option<Vec<String>>,
    count_type: Option<String>,
    count_unit: Option<String>,
    count_number: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionText {
    #[serde(rename = "type")]
    kind: Option<String>,
}

/// Checks a policy's text; the error is a sentence saying what to fix.
pub fn parse_policy(text: &str) -> Result<LifecyclePolicy, String> {
    let parsed: PolicyText =
        serde_json::from_str(text).map_err(|error| format!("the policy is not a valid lifecycle policy document: {error}"))?;
    let rules_text = parsed.rules.filter(|rules| !rules.is_empty()).ok_or("the policy needs at least one rule in \"rules\"")?;
    let mut rules = Vec::with_capacity(rules_text.len());
    let mut priorities = BTreeSet::new();
    for (index, rule) in rules_text.into_iter().enumerate() {
        let at = format!("rule {}", index + 1);
        let priority = rule.rule_priority.ok_or_else(|| format!("{at} needs a rulePriority"))?;
        if priority < 1 {
            return Err(format!("{at}: rulePriority must be 1 or more, not {priority}"));
        }
        if !priorities.insert(priority) {
            return Err(format!("rulePriority {priority} is used by more than one rule; each rule needs its own"));
        }
        let at = format!("the rule with rulePriority {priority}");
        let selection = rule.selection.ok_or_else(|| format!("{at} needs a selection"))?;
        let action = rule.action.ok_or_else(|| format!("{at} needs an action"))?;
        match action.kind.as_deref() {
            Some("expire") => {}
            Some(other) => return Err(format!("{at}: action type {other:?} is not supported; use \"expire\"")),
            None => return Err(format!("{at}: the action needs a type (\"expire\")")),
        }
        let tag_status = match selection.tag_status.as_deref() {
            Some("tagged") => RuleTagStatus::Tagged,
            Some("untagged") => RuleTagStatus::Untagged,
            Some("any") => RuleTagStatus::Any,
            Some(other) => return Err(format!("{at}: tagStatus must be tagged, untagged or any, not {other:?}")),
            None => return Err(format!("{at}: the selection needs a tagStatus (tagged, untagged or any)")),
        };
        let tag_prefixes = selection.tag_prefix_list.unwrap_or_default();
        let tag_patterns = selection.tag_pattern_list.unwrap_or_default();
        match tag_status {
            RuleTagStatus::Tagged => {
                if tag_prefixes.is_empty() == tag_patterns.is_empty() {
                    return Err(format!("{at}: a tagged selection needs either a tagPrefixList or a tagPatternList, not both"));
                }
            }
            RuleTagStatus::Untagged | RuleTagStatus::Any => {
                if !tag_prefixes.is_empty() || !tag_patterns.is_empty() {
                    return Err(format!("{at}: tagPrefixList and tagPatternList are only for tagStatus tagged"));
                }
            }
        }
        if tag_prefixes.iter().chain(&tag_patterns).any(String::is_empty) {
            return Err(format!("{at}: tag prefixes and patterns may not be empty"));
        }
        if let Some(pattern) = tag_patterns.iter().find(|pattern| pattern.matches('*').count() > MAX_WILDCARDS_PER_PATTERN) {
            return Err(format!("{at}: tag pattern {pattern:?} has more than {MAX_WILDCARDS_PER_PATTERN} wildcards"));
        }
        let count_number = selection.count_number.ok_or_else(|| format!("{at}: the selection needs a countNumber"))?;
        if count_number < 1 {
            return Err(format!("{at}: countNumber must be 1 or more, not {count_number}"));
        }
        let count = match (selection.count_type.as_deref(), selection.count_unit.as_deref()) {
            (Some("imageCountMoreThan"), None) => CountRule::ImageCountMoreThan(count_number as u64),
            (Some("imageCountMoreThan"), Some(_)) => return Err(format!("{at}: countUnit is only for countType sinceImagePushed")),
            (Some("sinceImagePushed"), Some("days")) => CountRule::SinceImagePushedDays(count_number as u64),
            (Some("sinceImagePushed"), Some(other)) => return Err(format!("{at}: countUnit must be \"days\", not {other:?}")),
            (Some("sinceImagePushed"), None) => return Err(format!("{at}: countType sinceImagePushed needs countUnit \"days\"")),
            (Some(other), _) => return Err(format!("{at}: countType must be imageCountMoreThan or sinceImagePushed, not {other:?}")),
            (None, _) => return Err(format!("{at}: the selection needs a countType")),
        };
        rules.push(LifecycleRule { priority, tag_status, tag_prefixes, tag_patterns, count });
    }
    rules.sort_by_key(|rule| rule.priority);
    if rules.iter().filter(|rule| rule.tag_status == RuleTagStatus::Untagged).count() > 1 {
        return Err("only one rule may select untagged images".to_owned());
    }
    if let Some(position) = rules.iter().position(|rule| rule.tag_status == RuleTagStatus::Any)
        && position + 1 != rules.len()
    {
        return Err(format!("the rule with tagStatus any (rulePriority {}) must have the highest rulePriority", rules[position].priority));
    }
    Ok(LifecyclePolicy { rules })
}

/// Whether `tag` matches `pattern`, where `*` stands for any run of characters.
pub fn tag_matches_pattern(tag: &str, pattern: &str) -> bool {
    let pieces: Vec<&str> = pattern.split('*').collect();
    if pieces.len() == 1 {
        return tag == pattern;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !tag.starts_with(first) || tag.len() < first.len() + last.len() || !tag.ends_with(last) {
        return false;
    }
    let mut rest = &tag[first.len()..tag.len() - last.len()];
    for piece in &pieces[1..pieces.len() - 1] {
        match rest.find(piece) {
            Some(found) => rest = &rest[found + piece.len()..],
            None => return false,
        }
    }
    true
}

fn selects(rule: &LifecycleRule, image: &ImageFacts) -> bool {
    match rule.tag_status {
        RuleTagStatus::Any => true,
        RuleTagStatus::Untagged => image.tags.is_empty(),
        RuleTagStatus::Tagged => {
            !image.tags.is_empty()
                && rule.tag_prefixes.iter().all(|prefix| image.tags.iter().any(|tag| tag.starts_with(prefix.as_str())))
                && rule.tag_patterns.iter().all(|pattern| image.tags.iter().any(|tag| tag_matches_pattern(tag, pattern)))
        }
    }
}

/// The images `policy` expires at `now_millis`, oldest first.
pub fn evaluate(policy: &LifecyclePolicy, images: &[ImageFacts], now_millis: u64) -> Vec<Expiration> {
    let mut claimed: BTreeSet<&str> = BTreeSet::new();
    let mut expired: BTreeMap<&str, i64> = BTreeMap::new();
    for rule in &policy.rules {
        let mut selected: Vec<&ImageFacts> = images.iter().filter(|image| selects(rule, image)).collect();
        // Newest first; the digest breaks ties so the decision never depends on input order.
        selected.sort_by(|a, b| b.pushed_at_millis.cmp(&a.pushed_at_millis).then_with(|| a.digest.cmp(&b.digest)));
        let expiring: Vec<&ImageFacts> = match rule.count {
            CountRule::ImageCountMoreThan(keep) => selected.iter().skip(keep as usize).copied().collect(),
            CountRule::SinceImagePushedDays(days) => {
                let cutoff = now_millis.saturating_sub(days.saturating_mul(MILLIS_PER_DAY));
                selected.iter().filter(|image| image.pushed_at_millis < cutoff).copied().collect()
            }
        };
        for image in expiring {
            if !claimed.contains(image.digest.as_str()) {
                expired.entry(image.digest.as_str()).or_insert(rule.priority);
            }
        }
        claimed.extend(selected.iter().map(|image| image.digest.as_str()));
    }
    let mut expirations: Vec<(&ImageFacts, i64)> =
        images.iter().filter_map(|image| expired.get(image.digest.as_str()).map(|priority| (image, *priority))).collect();
    expirations.sort_by(|(a, _), (b, _)| a.pushed_at_millis.cmp(&b.pushed_at_millis).then_with(|| a.digest.cmp(&b.digest)));
    expirations.dedup_by(|(a, _), (b, _)| a.digest == b.digest);
    expirations.into_iter().map(|(image, rule_priority)| Expiration { digest: image.digest.clone(), rule_priority }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = MILLIS_PER_DAY;

    fn image(digest: &str, tags: &[&str], pushed_day: u64) -> ImageFacts {
        ImageFacts { digest: digest.to_owned(), tags: tags.iter().map(|tag| tag.to_string()).collect(), pushed_at_millis: pushed_day * DAY }
    }

    fn rule(priority: i64, selection: serde_json::Value) -> serde_json::Value {
        serde_json::json!({"rulePriority": priority, "selection": selection, "action": {"type": "expire"}})
    }

    fn policy(rules: &[serde_json::Value]) -> LifecyclePolicy {
        parse_policy(&serde_json::json!({ "rules": rules }).to_string()).unwrap()
    }

    fn expired(policy: &LifecyclePolicy, images: &[ImageFacts], now_day: u64) -> Vec<(String, i64)> {
        evaluate(policy, images, now_day * DAY).into_iter().map(|expiration| (expiration.digest, expiration.rule_priority)).collect()
    }

    fn pairs(expected: &[(&str, i64)]) -> Vec<(String, i64)> {
        expected.iter().map(|(digest, priority)| (digest.to_string(), *priority)).collect()
    }

    #[test]
    fn count_rules_keep_the_newest_and_expire_oldest_first() {
        let keep_two = policy(&[rule(1, serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 2}))]);
        let images = [image("a", &["v1"], 1), image("b", &[], 2), image("c", &["v3"], 3), image("d", &["v4"], 4)];
        assert_eq!(expired(&keep_two, &images, 10), pairs(&[("a", 1), ("b", 1)]));
        assert_eq!(expired(&keep_two, &images[2..], 10), pairs(&[]));
    }

    #[test]
    fn since_image_pushed_counts_whole_days_back_from_now() {
        let older_than_three_days = policy(&[rule(
            1,
            serde_json::json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 3}),
        )]);
        let images = [image("old", &[], 1), image("edge", &[], 7), image("new", &[], 9), image("tagged-old", &["v1"], 0)];
        assert_eq!(expired(&older_than_three_days, &images, 10), pairs(&[("old", 1)]));
    }

    #[test]
    fn tag_prefixes_and_patterns_must_all_match() {
        let prefixes = policy(&[rule(
            1,
            serde_json::json!({"tagStatus": "tagged", "tagPrefixList": ["prod", "v"], "countType": "imageCountMoreThan", "countNumber": 1}),
        )]);
        let images = [image("a", &["prod-1", "v1"], 1), image("b", &["prod-2"], 2), image("c", &["prod-3", "v3"], 3)];
        assert_eq!(expired(&prefixes, &images, 10), pairs(&[("a", 1)]));

        let patterns = policy(&[rule(
            1,
            serde_json::json!({"tagStatus": "tagged", "tagPatternList": ["*-rc*"], "countType": "imageCountMoreThan", "countNumber": 1}),
        )]);
        let images = [image("a", &["1.0-rc1"], 1), image("b", &["1.0"], 2), image("c", &["2.0-rc2"], 3)];
        assert_eq!(expired(&patterns, &images, 10), pairs(&[("a", 1)]));
    }

    #[test]
    fn an_image_a_higher_priority_rule_selects_is_protected_but_still_counted() {
        // Keep the 2 newest prod images; of everything, keep 3.
        let layered = policy(&[
            rule(
                1,
                serde_json::json!({"tagStatus": "tagged", "tagPrefixList": ["prod"], "countType": "imageCountMoreThan", "countNumber": 2}),
            ),
            rule(2, serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 3})),
        ]);
        let images = [
            image("prod-old", &["prod-1"], 1),
            image("dev-old", &["dev-1"], 2),
            image("prod-mid", &["prod-2"], 3),
            image("untagged", &[], 4),
            image("prod-new", &["prod-3"], 5),
            image("dev-new", &["dev-2"], 6),
        ];
        // Rule 1 expires prod-old. Rule 2 keeps the 3 newest of all six (dev-new, prod-new,
        // untagged) and may expire only what rule 1 did not select: prod-mid is protected.
        assert_eq!(expired(&layered, &images, 10), pairs(&[("prod-old", 1), ("dev-old", 2)]));
    }

    #[test]
    fn priority_order_not_text_order_decides() {
        let reversed = policy(&[
            rule(20, serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1})),
            rule(10, serde_json::json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1})),
        ]);
        assert_eq!(reversed.rules[0].priority, 10);
        let images = [image("u1", &[], 1), image("u2", &[], 2), image("t", &["v"], 3)];
        assert_eq!(expired(&reversed, &images, 10), pairs(&[("u1", 10)]));
    }

    #[test]
    fn wildcards_match_like_ecr() {
        for (tag, pattern, expected) in [
            ("prod", "prod", true),
            ("prod1", "prod", false),
            ("prod1", "prod*", true),
            ("1.0-rc1", "*rc*", true),
            ("abc", "a*b*c", true),
            ("ac", "a*b*c", false),
            ("aXbXc", "*b*", true),
            ("ab", "a*b*", true),
            ("a", "a*a", false),
        ] {
            assert_eq!(tag_matches_pattern(tag, pattern), expected, "{tag} ~ {pattern}");
        }
    }

    #[test]
    fn invalid_policies_say_what_is_wrong() {
        let base = |selection: serde_json::Value| serde_json::json!({"rules": [rule(1, selection)]}).to_string();
        let cases = [
            ("not json".to_owned(), "not a valid"),
            (r#"{"rules": []}"#.to_owned(), "at least one rule"),
            (base(serde_json::json!({"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 1})), "either"),
            (
                base(serde_json::json!({"tagStatus": "untagged", "tagPrefixList": ["x"], "countType": "imageCountMoreThan", "countNumber": 1})),
                "only for tagStatus tagged",
            ),
            (base(serde_json::json!({"tagStatus": "any", "countType": "sinceImagePushed", "countNumber": 1})), "countUnit"),
            (base(serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 0})), "1 or more"),
            (base(serde_json::json!({"tagStatus": "sometimes", "countType": "imageCountMoreThan", "countNumber": 1})), "tagStatus"),
            (
                base(serde_json::json!({"tagStatus": "tagged", "tagPatternList": ["*a*b*c*d*e"], "countType": "imageCountMoreThan", "countNumber": 1})),
                "wildcards",
            ),
            (
                serde_json::json!({"rules": [
                    rule(1, serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1})),
                    rule(2, serde_json::json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1})),
                ]})
                .to_string(),
                "highest rulePriority",
            ),
            (
                serde_json::json!({"rules": [
                    rule(1, serde_json::json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1})),
                    rule(1, serde_json::json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1})),
                ]})
                .to_string(),
                "more than one rule",
            ),
            (
                serde_json::json!({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "transition"}}]})
                    .to_string(),
                "not supported",
            ),
        ];
        for (text, expected) in cases {
            let error = parse_policy(&text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
    }
}
