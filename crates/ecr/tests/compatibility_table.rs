//! docs/compatibility.md tells users which ECR operations Ferry implements; this keeps it honest.

use ferry_ecr::IMPLEMENTED_OPERATIONS;
use ferry_ecr::generated::Operation;

#[test]
fn the_compatibility_table_lists_exactly_the_implemented_operations() {
    let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/compatibility.md")).unwrap();
    let ecr_section = table.split("## Amazon ECR").nth(1).unwrap().split("\n## ").next().unwrap();
    let mut documented: Vec<String> = Vec::new();
    for line in ecr_section.lines().filter(|line| line.contains("| ✅ |")) {
        let names = line.trim_start_matches('|').split('|').next().unwrap();
        documented.extend(names.split('/').map(|name| name.trim().to_owned()));
    }
    documented.sort();
    let mut implemented: Vec<String> = IMPLEMENTED_OPERATIONS.iter().map(|name| name.to_string()).collect();
    implemented.sort();
    assert_eq!(documented, implemented);
    for name in IMPLEMENTED_OPERATIONS {
        assert!(Operation::NAMES.contains(name), "{name} is not an ECR operation");
    }
}
