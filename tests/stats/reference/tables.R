# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference values for core/stats/contingency and core/stats/twosample: proportions with
# Wilson and Clopper-Pearson intervals, 2×2 tests with the Fisher odds ratio, r×c Pearson
# and Fisher-Freeman-Halton tests, Welch t and Wilcoxon rank-sum tests.
# Run from the repository root: Rscript tests/stats/reference/tables.R
# Reads the fixtures written by datasets.R; writes tests/data/r/reference/tables.json.
# Needs the Debian packages r-base-core and r-cran-jsonlite.
#
# Where R stops or answers NaN/NA/Inf, the JSON holds null, which is what our functions
# return as an empty value:
#   - a 2×2 table with an empty row or column: every test and the odds ratio (our
#     contract; R's chi-square is NaN there and its Fisher test uninformative);
#   - an infinite odds ratio or upper confidence limit (a zero cell);
#   - an r×c table with an empty row or column: the chi-square p (R: NaN).  Our statistic
#     is then the one of the table without its empty rows and columns, which is what this
#     script records; R's own statistic is NaN;
#   - fisher.test on an r×c table stopping (all zero, or FEXACT out of workspace; our
#     enumeration gives up on the same tables, see too_large below);
#   - t.test stopping ("not enough observations", "data are essentially constant") or
#     giving NaN; wilcox.test stopping (an empty sample) or giving p = NA (all values equal).
suppressPackageStartupMessages(library(jsonlite))

data_dir <- file.path("tests", "data", "r")
out_dir <- file.path(data_dir, "reference")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
read_set <- function(name) read.csv(file.path(data_dir, paste0(name, ".csv")),
                                    stringsAsFactors = FALSE)
finite_or_na <- function(v) if (is.null(v) || !is.finite(v)) NA else unname(v)
quiet <- function(expr) suppressWarnings(tryCatch(expr, error = function(e) NULL))

## Proportions: prop.test(correct = FALSE) is the Wilson score interval, binom.test the
## Clopper-Pearson interval; 0-100 scale.
proportion_case <- function(count, n, interval, level) {
    ci <- if (n == 0) c(NA, NA)   # R stops: "elements of 'n' must be positive"
          else if (interval == "wilson")
              suppressWarnings(prop.test(count, n, conf.level = level, correct = FALSE))$conf.int
          else binom.test(count, n, conf.level = level)$conf.int
    list(count = count, n = n, interval = interval, conf_level = level,
         percent = if (n == 0) NA else 100 * count / n,
         lower = 100 * ci[1], upper = 100 * ci[2])
}
proportions <- list()
for (cn in list(c(0, 10), c(10, 10), c(1, 1), c(24, 28), c(18, 28), c(0, 0), c(3, 66),
                c(1, 2), c(499, 1000)))
    for (interval in c("wilson", "clopper-pearson"))
        for (level in c(0.95, 0.90))
            proportions[[length(proportions) + 1]] <- proportion_case(cn[1], cn[2],
                                                                       interval, level)

## 2×2 tables: rows group 1 (a yes, b no) and group 2 (c yes, d no).
## The odds ratio is that of "yes" in group 2 against group 1.  R's fisher.test estimates
## x[1,1] x[2,2] / (x[1,2] x[2,1]) for its matrix x, so the call keeps group 1 as the
## first row and puts "no" first:
##     fisher.test(matrix(c(b, d, a, c), 2))   # = (b c) / (a d) = odds(yes|2) / odds(yes|1)
two_by_two_case <- function(name, a, b, c, d, level = 0.95, source = NULL) {
    case <- list(name = name, a = a, b = b, c = c, d = d, conf_level = level)
    if (!is.null(source)) case$source <- source
    x <- matrix(c(a, c, b, d), 2)   # rows = groups, columns = yes, no
    empty_margin <- any(rowSums(x) == 0) || any(colSums(x) == 0)
    if (empty_margin) {
        nulls <- list(pearson_chisq = NA, pearson_p = NA, yates_chisq = NA, yates_p = NA,
                      fisher_p = NA, odds_ratio = NA, or_lower = NA, or_upper = NA,
                      expected_at_least_5 = FALSE)
        return(c(case, nulls))
    }
    pearson <- suppressWarnings(chisq.test(x, correct = FALSE))
    yates <- suppressWarnings(chisq.test(x))
    fisher <- fisher.test(matrix(c(b, d, a, c), 2), conf.level = level)
    c(case, list(pearson_chisq = unname(pearson$statistic), pearson_p = pearson$p.value,
                 yates_chisq = unname(yates$statistic), yates_p = yates$p.value,
                 fisher_p = fisher$p.value,
                 odds_ratio = finite_or_na(fisher$estimate),
                 or_lower = finite_or_na(fisher$conf.int[1]),
                 or_upper = finite_or_na(fisher$conf.int[2]),
                 expected_at_least_5 = all(pearson$expected >= 5)))
}
# A 2×2 table from a data set: group levels g1, g2 of column group; "yes" = outcome == yes.
two_by_two_data <- function(name, set, group, levels, outcome, yes) {
    d <- read_set(set)
    g <- as.character(d[[group]])
    o <- as.character(d[[outcome]])
    ok <- !is.na(g) & !is.na(o) & g %in% levels
    count <- function(level, is_yes) sum(ok & g == level & (o == yes) == is_yes)
    two_by_two_case(name, count(levels[1], TRUE), count(levels[1], FALSE),
                    count(levels[2], TRUE), count(levels[2], FALSE),
                    source = list(dataset = set, group = group, levels = I(levels),
                                  outcome = outcome, yes = yes))
}
two_by_two <- list(
    two_by_two_case("demo CS improved 24/28 vs 18/28", 24, 4, 18, 10),
    two_by_two_case("demo CS improved, 90%", 24, 4, 18, 10, level = 0.90),
    two_by_two_case("tea tasting", 3, 1, 1, 3),
    two_by_two_case("small, Fisher differs", 1, 9, 11, 3),
    two_by_two_case("small, expected < 5", 2, 8, 7, 3),
    two_by_two_case("balanced, estimate 1", 5, 5, 5, 5),
    two_by_two_case("Yates below 0.5", 5, 5, 5, 6),
    two_by_two_case("99% interval", 12, 5, 6, 11, level = 0.99),
    two_by_two_case("zero a: infinite odds ratio", 0, 10, 5, 5),
    two_by_two_case("zero b: odds ratio 0", 7, 0, 3, 4),
    two_by_two_case("zero c: odds ratio 0", 5, 5, 0, 10),
    two_by_two_case("zero d: infinite odds ratio", 3, 4, 7, 0),
    two_by_two_case("two zeros", 0, 5, 5, 0),
    two_by_two_case("one in each corner", 1, 0, 0, 1),
    two_by_two_case("empty group 1", 0, 0, 5, 7),
    two_by_two_case("nobody yes", 0, 6, 0, 9),
    two_by_two_case("large counts", 1200, 800, 1100, 900),
    two_by_two_case("large, unbalanced", 456, 123, 389, 201),
    two_by_two_case("very unbalanced", 2, 998, 15, 985),
    two_by_two_data("lung: dead by sex", "lung", "sex", c("1", "2"), "status", "2"),
    two_by_two_data("veteran: prior therapy by treatment", "veteran", "trt", c("1", "2"),
                    "prior", "10"),
    two_by_two_data("colon: obstruction by sex", "colon", "sex", c("0", "1"), "obstruct", "1")
)

## r×c tables: Pearson chi-square without correction, df (r - 1)(c - 1), and the
## Fisher-Freeman-Halton exact p of fisher.test (FEXACT, default workspace).
rxc_case <- function(name, x, source = NULL) {
    case <- list(name = name, rows = nrow(x), cols = ncol(x), counts = I(as.vector(t(x))))
    if (!is.null(source)) case <- c(case, source)
    rs <- rowSums(x)
    cs <- colSums(x)
    kept <- x[rs > 0, cs > 0, drop = FALSE]
    statistic <- if (sum(x) == 0) 0
                 else if (nrow(kept) < 2 || ncol(kept) < 2) 0
                 else unname(suppressWarnings(chisq.test(kept, correct = FALSE))$statistic)
    p <- if (all(rs > 0) && all(cs > 0))
             suppressWarnings(chisq.test(x, correct = FALSE))$p.value
         else NA
    fisher <- quiet(fisher.test(x)$p.value)
    expected <- outer(rs, cs) / max(sum(x), 1)
    c(case, list(pearson_chisq = statistic, df = (nrow(x) - 1) * (ncol(x) - 1),
                 pearson_p = p, fisher_p = if (is.null(fisher)) NA else fisher,
                 expected_at_least_5 = sum(x) > 0 && all(expected >= 5)))
}
rxc_data <- function(name, set, row, col) {
    d <- read_set(set)
    ok <- !is.na(d[[row]]) & !is.na(d[[col]])
    x <- table(d[[row]][ok], d[[col]][ok])
    rxc_case(name, unclass(x),
             source = list(dataset = set, row = row, col = col,
                           row_levels = I(rownames(x)), col_levels = I(colnames(x))))
}
set.seed(20260101)
too_large <- matrix(rpois(36, 20), 6)  # R: FEXACT error 5 (workspace); we give up too
rxc <- list(
    rxc_data("lung: sex by ph.ecog", "lung", "sex", "ph.ecog"),
    rxc_data("colon: rx by sex", "colon", "rx", "sex"),
    rxc_data("colon: rx by differ", "colon", "rx", "differ"),
    rxc_data("colon: rx by extent", "colon", "rx", "extent"),
    rxc_data("veteran: celltype by trt", "veteran", "celltype", "trt"),
    rxc_data("veteran: celltype by prior", "veteran", "celltype", "prior"),
    rxc_data("pbc: stage by trt", "pbc", "stage", "trt"),
    rxc_data("pbc: edema by stage", "pbc", "edema", "stage"),
    rxc_case("2x3", matrix(c(3, 1, 4, 1, 5, 9), 2, byrow = TRUE)),
    rxc_case("3x3 with zeros", matrix(c(0, 3, 1, 4, 0, 2, 1, 1, 0), 3, byrow = TRUE)),
    rxc_case("3x3 sparse", matrix(c(5, 0, 0, 0, 4, 1, 0, 1, 6), 3, byrow = TRUE)),
    rxc_case("4x4 small", matrix(c(2, 0, 1, 3, 1, 4, 0, 0, 0, 2, 3, 1, 1, 1, 0, 4), 4,
                                 byrow = TRUE)),
    rxc_case("2x2 as r x c", matrix(c(24, 4, 18, 10), 2, byrow = TRUE)),
    rxc_case("2x5 symmetric ties", matrix(c(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), 2, byrow = TRUE)),
    rxc_case("3x2 with an empty row", matrix(c(3, 4, 0, 0, 5, 2), 3, byrow = TRUE)),
    rxc_case("3x3 empty row and column", matrix(c(3, 0, 4, 0, 0, 0, 5, 0, 2), 3, byrow = TRUE)),
    rxc_case("3x3 one occupied cell", matrix(c(3, 0, 0, 0, 0, 0, 0, 0, 0), 3, byrow = TRUE)),
    rxc_case("2x3 all zero", matrix(0, 2, 3)),
    rxc_case("too large", too_large)
)

## Two samples: Welch t.test(x, y) and wilcox.test(x, y) with their defaults.
welch <- function(x, y) {
    t <- quiet(t.test(x, y))
    if (is.null(t) || !is.finite(t$statistic)) return(NA)
    list(t = unname(t$statistic), df = unname(t$parameter), p = t$p.value)
}
wilcoxon <- function(x, y) {
    w <- quiet(wilcox.test(x, y))
    if (is.null(w) || is.na(w$p.value)) return(NA)
    list(w = unname(w$statistic), p = w$p.value, exact = grepl("exact", w$method))
}
two_sample_case <- function(name, x, y, source = NULL) {
    case <- list(name = name)
    if (is.null(source)) case <- c(case, list(x = I(x), y = I(y)))
    else case <- c(case, source)
    c(case, list(nx = length(x), ny = length(y), welch = welch(x, y), wilcoxon = wilcoxon(x, y)))
}
# x, y: the non-missing values of column value in groups levels[1] and levels[2].
two_sample_data <- function(name, set, value, group, levels) {
    d <- read_set(set)
    g <- as.character(d[[group]])
    pick <- function(level) { v <- d[[value]][!is.na(g) & g == level]; v[!is.na(v)] }
    two_sample_case(name, pick(levels[1]), pick(levels[2]),
                    source = list(dataset = set, value = value, group = group,
                                  levels = I(levels)))
}
set.seed(20260102)
exact49 <- list(x = round(rnorm(49, 50, 10), 3), y = round(rnorm(49, 54, 10), 3))
stopifnot(!anyDuplicated(c(exact49$x, exact49$y)))
normal50 <- list(x = round(rnorm(50, 10, 2), 4), y = round(rnorm(10, 11, 2), 4))
stopifnot(!anyDuplicated(c(normal50$x, normal50$y)))
two_sample <- list(
    two_sample_data("lung: age by sex", "lung", "age", "sex", c("1", "2")),
    two_sample_data("veteran: karno by trt (ties)", "veteran", "karno", "trt", c("1", "2")),
    two_sample_data("aml: time by x (ties)", "aml", "time", "x",
                    c("Maintained", "Nonmaintained")),
    two_sample_data("ovarian: age by rx (exact)", "ovarian", "age", "rx", c("1", "2")),
    two_sample_data("ovarian: futime by rx (exact)", "ovarian", "futime", "rx", c("1", "2")),
    two_sample_data("colon: age by sex", "colon", "age", "sex", c("0", "1")),
    two_sample_data("pbc: bili by trt", "pbc", "bili", "trt", c("1", "2")),
    two_sample_case("exact, no ties", c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46),
                    c(1.15, 0.88, 0.90, 0.74, 1.21)),
    two_sample_case("exact, far tail", as.numeric(1:10), as.numeric(11:25)),
    two_sample_case("exact, W above the centre", c(9.5, 7.2, 8.8, 6.1),
                    c(1.1, 2.5, 3.3, 6.0, 4.4)),
    two_sample_case("exact, W at the centre", c(1, 4), c(2, 3)),
    two_sample_case("exact, 49 and 49", exact49$x, exact49$y),
    two_sample_case("normal, 50 and 10 without ties", normal50$x, normal50$y),
    two_sample_case("small with ties", c(1, 2, 2, 3), c(2, 4, 5)),
    two_sample_case("sample of size 1", 5, c(1, 2, 3, 4, 6, 7)),
    two_sample_case("both of size 1", 1, 2),
    two_sample_case("all equal", c(3, 3, 3), c(3, 3, 3, 3)),
    two_sample_case("each constant", c(1, 1, 1), c(2, 2)),
    two_sample_case("all zero", c(0, 0, 0), c(0, 0)),
    two_sample_case("one constant sample", c(5, 5, 5, 5), c(1, 2, 3, 4, 6)),
    two_sample_case("large offset", 1e6 + c(0.11, 0.52, 0.33, 0.94), 1e6 + c(0.25, 0.66, 0.87)),
    two_sample_case("empty sample", numeric(0), c(1, 2))
)

reference <- list(
    generated_by = "tests/stats/reference/tables.R",
    r_version = R.version.string,
    proportions = proportions,
    two_by_two = two_by_two,
    rxc = rxc,
    two_sample = two_sample
)
path <- file.path(out_dir, "tables.json")
write_json(reference, path, digits = NA, auto_unbox = TRUE, na = "null", pretty = TRUE)
cat("Wrote", path, "\n")
