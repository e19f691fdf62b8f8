//! Which `$variables` a Fluent pattern uses. Shared by `build.rs` (to generate typed message
//! functions) and the translation checks, so both agree on what a message needs.

use std::collections::BTreeSet;

use fluent_syntax::ast::{CallArguments, Expression, InlineExpression, Pattern, PatternElement};

/// Every variable referenced anywhere in the pattern, including selectors and variants.
pub fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    in_order(pattern).into_iter().collect()
}

/// The variables in the order they first appear: generated message functions take their
/// arguments in this order, the order a reader of the English text expects.
pub fn in_order(pattern: &Pattern<&str>) -> Vec<String> {
    let mut vars = Vec::new();
    collect_pattern(pattern, &mut vars);
    vars
}

fn collect_pattern(pattern: &Pattern<&str>, vars: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, vars: &mut Vec<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_pattern(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, vars: &mut Vec<String>) {
    match inline {
        InlineExpression::VariableReference { id } if !vars.iter().any(|v| v == id.name) => {
            vars.push(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, vars),
        InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

fn collect_arguments(arguments: &CallArguments<&str>, vars: &mut Vec<String>) {
    for a in &arguments.positional {
        collect_inline(a, vars);
    }
    for a in &arguments.named {
        collect_inline(&a.value, vars);
    }
}

/// The variant keys of every select expression whose selector is a variable, with that
/// variable's name: used to check plural categories.
pub fn selections(pattern: &Pattern<&str>) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        fluent_syntax::ast::VariantKey::Identifier { name } => {
                            Some((*name).to_owned())
                        }
                        fluent_syntax::ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                out.push((id.name.to_owned(), keys));
            }
            for v in variants {
                out.extend(selections(&v.value));
            }
        }
    }
    out
}

/// Characters of plain text in a pattern, its variants included (selects add their longest
/// variant). Iterative, so any nesting is safe.
pub fn text_chars(pattern: &Pattern<&str>) -> usize {
    let mut total = 0;
    let mut stack: Vec<&Pattern<&str>> = vec![pattern];
    while let Some(p) = stack.pop() {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => total += value.chars().count(),
                PatternElement::Placeable { expression } => {
                    if let Expression::Select { variants, .. } = expression {
                        stack.extend(variants.iter().map(|v| &v.value));
                    }
                }
            }
        }
    }
    total
}

/// The messages and terms a pattern refers to (`{ nav-home }`, `{ -app-name }`, with the
/// term's `-`), in their first order. Iterative.
pub fn references(pattern: &Pattern<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut patterns: Vec<&Pattern<&str>> = vec![pattern];
    let mut inlines: Vec<&InlineExpression<&str>> = Vec::new();
    while let Some(p) = patterns.pop() {
        for element in &p.elements {
            let PatternElement::Placeable { expression } = element else {
                continue;
            };
            match expression {
                Expression::Select { selector, variants } => {
                    inlines.push(selector);
                    patterns.extend(variants.iter().map(|v| &v.value));
                }
                Expression::Inline(inline) => inlines.push(inline),
            }
        }
        while let Some(inline) = inlines.pop() {
            match inline {
                InlineExpression::MessageReference { id, .. }
                    if !out.iter().any(|r| r == id.name) =>
                {
                    out.push(id.name.to_owned());
                }
                InlineExpression::TermReference { id, arguments, .. } => {
                    let name = format!("-{}", id.name);
                    if !out.contains(&name) {
                        out.push(name);
                    }
                    if let Some(arguments) = arguments {
                        inlines.extend(arguments.positional.iter());
                        inlines.extend(arguments.named.iter().map(|a| &a.value));
                    }
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    inlines.extend(arguments.positional.iter());
                    inlines.extend(arguments.named.iter().map(|a| &a.value));
                }
                InlineExpression::Placeable { expression } => match expression.as_ref() {
                    Expression::Select { selector, variants } => {
                        inlines.push(selector);
                        patterns.extend(variants.iter().map(|v| &v.value));
                    }
                    Expression::Inline(inline) => inlines.push(inline),
                },
                _ => {}
            }
        }
    }
    out
}
