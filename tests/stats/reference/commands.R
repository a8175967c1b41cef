# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The complete output R gives for `cohortlens survival` and `cohortlens compare` runs, in
# the JSON shape of SPEC §4, written to tests/data/r/reference/commands.json. The test
# suite runs each command and compares field for field (1e-6 relative; p-values also
# 1e-12 absolute). Run from the repository root:
#   Rscript tests/stats/reference/commands.R
# Needs r-base-core, r-cran-survival and r-cran-jsonlite.
suppressPackageStartupMessages({
    library(survival)
    library(jsonlite)
})

finite <- function(x) { x[!is.finite(x)] <- NA; x }
radix_sort <- function(x) sort(unique(x), method = "radix") # byte order, as CohortLens
read_input <- function(path) read.csv(path, stringsAsFactors = FALSE, na.strings = "",
                                      check.names = FALSE)
null_if_na <- function(x) if (length(x) == 0 || is.na(x)) NULL else x
num <- function(x) if (length(x) == 0 || !is.finite(x)) NA else unname(x)

# ---- survival -------------------------------------------------------------------------

quant <- function(fit, p) {
    q <- quantile(fit, probs = p)
    list(time = num(q$quantile), lower = num(q$lower), upper = num(q$upper))
}

# S(t) as summary(fit, times =); beyond the last time n_risk 0 and nothing estimated.
at_time <- function(fit, time, t) {
    if (t > max(time))
        return(list(time = t, n_risk = 0, surv = NA, se = NA, lower = NA, upper = NA))
    s <- summary(fit, times = t, extend = TRUE)
    list(time = t, n_risk = s$n.risk, surv = s$surv, se = num(s$std.err),
         lower = num(s$lower), upper = num(s$upper))
}

weighted_test <- function(time, event, group, weight) {
    levels <- sort(unique(group))
    k <- length(levels)
    obs <- exp <- numeric(k)
    v <- matrix(0, k, k)
    km <- 1
    for (t in sort(unique(time[event == 1]))) {
        at_risk <- sapply(levels, function(g) sum(time >= t & group == g))
        deaths <- sapply(levels, function(g) sum(time == t & event == 1 & group == g))
        n <- sum(at_risk)
        d <- sum(deaths)
        w <- switch(weight, n = n, one = 1)
        obs <- obs + w * deaths
        exp <- exp + w * d * at_risk / n
        if (n > 1) {
            kk <- w^2 * d * (n - d) / (n * (n - 1))
            v <- v + kk * (diag(at_risk, k) - outer(at_risk, at_risk) / n)
        }
        km <- km * (n - d) / n
    }
    keep <- exp > 0
    diff <- (obs - exp)[keep][-1]
    vv <- v[keep, keep][-1, -1, drop = FALSE]
    chisq <- sum(solve(vv, diff) * diff)
    df <- sum(keep) - 1
    list(chisq = chisq, df = df, p = pchisq(chisq, df, lower.tail = FALSE))
}

survival_case <- function(args, path, time_col, event_col, event_values, group_col,
                          conf.type = "log-log", conf.int = 0.95, at = numeric(0),
                          tau = NULL, quantiles = NULL, reference = NULL, ties = "efron",
                          covariates = character(0), keep = NULL, native_booleans = character(0)) {
    d <- read_input(path)
    if (!is.null(keep)) d <- d[keep(d), ]
    rows <- seq_len(nrow(d))
    if (!is.null(keep)) rows <- which(keep(read_input(path)))
    time <- d[[time_col]]
    ev <- d[[event_col]]
    group <- if (is.null(group_col)) rep("all", nrow(d)) else as.character(d[[group_col]])
    bad_time <- is.na(time)
    bad_event <- is.na(ev)
    bad_group <- is.na(group) | group == ""
    excluded <- list()
    for (i in which(bad_time | bad_event | bad_group)) {
        reasons <- c(if (bad_time[i]) paste(time_col, "is empty"),
                     if (bad_event[i]) paste(event_col, "is empty"),
                     if (bad_group[i]) paste(group_col, "is empty"))
        excluded[[length(excluded) + 1]] <- list(row = rows[i],
                                                 reason = paste(reasons, collapse = "; "))
    }
    ok <- !(bad_time | bad_event | bad_group)
    d <- d[ok, ]
    time <- time[ok]
    event <- as.integer(as.character(ev[ok]) %in% event_values | ev[ok] %in% event_values)
    group <- group[ok]
    levels <- radix_sort(group)
    if (is.null(tau) && length(at) > 0) tau <- max(at)

    groups <- lapply(levels, function(g) {
        w <- group == g
        fit <- survfit(Surv(time[w], event[w]) ~ 1, conf.type = conf.type, conf.int = conf.int)
        rev <- survfit(Surv(time[w], 1 - event[w]) ~ 1, conf.type = conf.type,
                       conf.int = conf.int)
        out <- list(name = g, n = sum(w), events = sum(event[w]),
            table = lapply(seq_along(fit$time), function(i) list(
                time = fit$time[i], n_risk = fit$n.risk[i], n_event = fit$n.event[i],
                n_censor = fit$n.censor[i], surv = fit$surv[i],
                se = num(fit$surv[i] * fit$std.err[i]), lower = num(fit$lower[i]),
                upper = num(fit$upper[i]))),
            median = quant(fit, 0.5))
        if (!is.null(quantiles))
            out$quantiles <- lapply(quantiles, function(p) c(list(p = p), quant(fit, p)))
        out$at <- lapply(at, function(t) at_time(fit, time[w], t))
        if (!is.null(tau)) {
            r <- summary(fit, rmean = tau)$table
            out$rmst <- list(tau = tau, estimate = unname(r["rmean"]),
                             se = unname(r["se(rmean)"]))
        }
        out$median_followup <- quant(rev, 0.5)
        out
    })

    result <- list(n = length(time), excluded = excluded, time = time_col,
                   event = event_col, group = group_col, conf_type = conf.type,
                   conf_level = conf.int, groups = groups)
    g <- match(group, levels)
    if (length(levels) >= 2) {
        test <- function(rho) {
            s <- survdiff(Surv(time, event) ~ g, rho = rho)
            df <- sum(s$exp > 0) - 1
            list(chisq = s$chisq, df = df, p = pchisq(s$chisq, df, lower.tail = FALSE))
        }
        result$tests <- list(logrank = test(0), peto_peto = test(1),
                             gehan_breslow_wilcoxon = weighted_test(time, event, g, "n"))
    }
    if (length(levels) >= 2 || length(covariates) > 0) {
        ref <- if (!is.null(reference)) reference else if ("medical" %in% levels &&
                   identical(group_col, "arm")) "medical" else levels[1]
        frame <- data.frame(time = time, event = event)
        names_out <- character(0)
        if (length(levels) >= 2) {
            frame$grp <- factor(group, levels = c(ref, setdiff(levels, ref)))
            names_out <- setdiff(levels, ref)
        }
        for (cov in covariates) {
            x <- d[[cov]]
            if (cov %in% native_booleans) x <- as.integer(x %in% c("yes", "1", "true"))
            frame[[cov]] <- x
        }
        complete <- complete.cases(frame)
        frame <- frame[complete, ]
        for (cov in covariates) {
            x <- frame[[cov]]
            if (is.numeric(x)) {
                names_out <- c(names_out, cov)
            } else {
                lv <- radix_sort(as.character(x))
                frame[[cov]] <- factor(as.character(x), levels = lv)
                names_out <- c(names_out, paste0(cov, "=", lv[-1]))
            }
        }
        terms <- c(if (length(levels) >= 2) "grp", sprintf("`%s`", covariates))
        f <- as.formula(paste("Surv(time, event) ~", paste(terms, collapse = " + ")))
        fit <- coxph(f, data = frame, ties = ties)
        s <- summary(fit, conf.int = conf.int)
        co <- s$coefficients
        ci <- s$conf.int
        result$cox <- list(reference = if (length(levels) >= 2) ref else NULL, ties = ties,
            converged = TRUE, monotone = FALSE, n = fit$n, events = fit$nevent,
            dropped = sum(!complete),
            terms = lapply(seq_len(nrow(co)), function(i) list(
                name = names_out[i], coef = co[i, "coef"], se = co[i, "se(coef)"],
                hr = co[i, "exp(coef)"], lower = ci[i, 3], upper = ci[i, 4],
                p = co[i, "Pr(>|z|)"])),
            wald_p = unname(s$waldtest["pvalue"]), lr_p = unname(s$logtest["pvalue"]),
            score_p = unname(s$sctest["pvalue"]))
    }
    list(command = "survival", args = args, expected = result)
}

# ---- compare --------------------------------------------------------------------------

interval_method <- "wilson"
proportion <- function(count, n, conf.int) {
    if (n == 0) return(list(count = count, n = n, percent = NA, lower = NA, upper = NA))
    ci <- if (interval_method == "wilson")
        suppressWarnings(prop.test(count, n, correct = FALSE, conf.level = conf.int)$conf.int)
    else binom.test(count, n, conf.level = conf.int)$conf.int
    list(count = count, n = n, percent = 100 * count / n, lower = 100 * ci[1],
         upper = 100 * ci[2])
}

describe <- function(x) {
    if (length(x) == 0) return(list(n = 0, mean = NA, sd = NA, median = NA, q1 = NA, q3 = NA,
                                    min = NA, max = NA))
    q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
    list(n = length(x), mean = mean(x), sd = if (length(x) > 1) sd(x) else NA,
         median = unname(q[2]), q1 = unname(q[1]), q3 = unname(q[3]), min = min(x),
         max = max(x))
}

table_tests <- function(tab) {
    expected <- outer(rowSums(tab), colSums(tab)) / sum(tab)
    if (any(rowSums(tab) == 0) || any(colSums(tab) == 0))
        return(list(pearson = NA, pearson_p = NA, fisher_p = NA, all5 = FALSE,
                    df = (nrow(tab) - 1) * (ncol(tab) - 1)))
    chi <- suppressWarnings(chisq.test(tab, correct = FALSE))
    list(pearson = unname(chi$statistic), pearson_p = chi$p.value,
         fisher_p = fisher.test(tab, workspace = 2e8)$p.value, all5 = all(expected >= 5),
         df = (nrow(tab) - 1) * (ncol(tab) - 1))
}

binary_row <- function(variable, label, x, group, levels, conf.int) {
    yes <- function(v) tolower(v) %in% c("1", "yes", "y", "true")
    keep <- !is.na(x)
    cells <- lapply(levels, function(g) {
        w <- keep & group == g
        c(list(group = g), proportion(sum(yes(x[w])), sum(w), conf.int))
    })
    row <- list(variable = variable, label = label, type = "binary", cells = cells,
                overall = proportion(sum(yes(x[keep])), sum(keep), conf.int))
    counts <- sapply(cells, function(c) c(c$count, c$n - c$count))
    if (length(levels) > 2) {
        # k groups: the k×2 table's chi-square and Fisher-Freeman-Halton test; Yates and
        # the odds ratio are for two groups only.
        t <- table_tests(t(counts))
        test <- if (t$all5) "pearson" else "fisher"
        row <- c(row, list(test = test,
            statistic = if (test == "pearson") t$pearson else NA,
            p = if (test == "pearson") t$pearson_p else t$fisher_p,
            pearson_statistic = t$pearson, pearson_p = t$pearson_p, yates_p = NA,
            fisher_p = t$fisher_p,
            odds_ratio = list(estimate = NA, lower = NA, upper = NA)))
    }
    if (length(levels) == 2) {
        tab <- t(counts)
        t <- table_tests(tab)
        empty <- is.na(t$pearson)
        yates <- if (empty) NA else suppressWarnings(chisq.test(tab, correct = TRUE))$p.value
        # Odds of "yes" in the second group against the first: the second group's row first.
        or <- if (empty) list(estimate = NA, conf.int = c(NA, NA)) else
            fisher.test(tab[c(2, 1), ], conf.level = conf.int)
        test <- if (t$all5) "pearson" else "fisher"
        row <- c(row, list(test = test,
            statistic = if (test == "pearson") t$pearson else NA,
            p = if (test == "pearson") t$pearson_p else t$fisher_p,
            pearson_statistic = t$pearson, pearson_p = t$pearson_p, yates_p = yates,
            fisher_p = t$fisher_p,
            odds_ratio = list(estimate = num(or$estimate), lower = num(or$conf.int[1]),
                              upper = num(or$conf.int[2]))))
    }
    row
}

categorical_row <- function(variable, label, x, group, levels, conf.int) {
    keep <- !is.na(x) & x != ""
    lv <- radix_sort(as.character(x[keep]))
    out <- lapply(lv, function(l) list(level = l,
        cells = lapply(levels, function(g) {
            w <- keep & group == g
            c(list(group = g), proportion(sum(x[w] == l), sum(w), conf.int))
        }),
        overall = proportion(sum(x[keep] == l), sum(keep), conf.int)))
    tab <- table(factor(group[keep], levels = levels), factor(x[keep], levels = lv))
    t <- table_tests(tab)
    test <- if (t$all5) "pearson" else "fisher"
    list(variable = variable, label = label, type = "categorical", levels = out, test = test,
         statistic = if (test == "pearson") t$pearson else NA, df = t$df,
         p = if (test == "pearson") t$pearson_p else t$fisher_p,
         pearson_statistic = t$pearson, pearson_p = t$pearson_p, fisher_p = t$fisher_p)
}

continuous_row <- function(variable, label, x, group, levels) {
    keep <- !is.na(x)
    cells <- lapply(levels, function(g) c(list(group = g), describe(x[keep & group == g])))
    row <- list(variable = variable, label = label, type = "continuous", cells = cells,
                overall = describe(x[keep]), test = "wilcoxon")
    if (length(levels) == 2) {
        a <- x[keep & group == levels[1]]
        b <- x[keep & group == levels[2]]
        welch <- t.test(a, b)$p.value
        wil <- suppressWarnings(wilcox.test(a, b))$p.value
        row <- c(row, list(p = wil, welch_p = welch, wilcoxon_p = wil))
    } else {
        row <- c(row, list(p = NA, welch_p = NA, wilcoxon_p = NA))
    }
    row
}

compare_case <- function(args, path, group_col, rows, conf.int = 0.95, keep = NULL,
                         interval = "wilson") {
    interval_method <<- interval
    on.exit(interval_method <<- "wilson")
    d <- read_input(path)
    if (!is.null(keep)) d <- d[keep(d), ]
    group <- if (is.null(group_col)) rep("all", nrow(d)) else as.character(d[[group_col]])
    d <- d[!is.na(group), ]
    group <- group[!is.na(group)]
    levels <- radix_sort(group)
    out <- lapply(rows, function(r) {
        x <- d[[r$variable]]
        switch(r$type,
               binary = binary_row(r$variable, r$label, x, group, levels, conf.int),
               categorical = categorical_row(r$variable, r$label, as.character(x), group,
                                             levels, conf.int),
               continuous = continuous_row(r$variable, r$label, x, group, levels))
    })
    list(command = "compare", args = args,
         expected = list(groups = lapply(levels, function(g) list(name = g, n = sum(group == g))),
                         rows = out))
}

row <- function(variable, type, label = variable) list(variable = variable, type = type,
                                                         label = label)

# ---- the runs --------------------------------------------------------------------------

data <- function(name) file.path("tests", "data", "r", paste0(name, ".csv"))
demo <- file.path("resources", "demo", "net-registry-synthetic.csv")
native_booleans <- c("carcinoid_syndrome", "obstruction", "regional_resection", "cs_improved",
                     "obstruction_relieved", "complication", "died_30d")

cases <- list(
    survival_case(c("--input", data("lung"), "--time", "time", "--event", "status",
                    "--event-value", "2", "--group", "sex", "--at", "180,365,730,1100",
                    "--quantiles", "0.25,0.5,0.75", "--covariates", "age,ph.ecog"),
                  data("lung"), "time", "status", "2", "sex", at = c(180, 365, 730, 1100),
                  quantiles = c(0.25, 0.5, 0.75), covariates = c("age", "ph.ecog")),
    survival_case(c("--input", data("veteran"), "--time", "time", "--event", "status",
                    "--group", "trt", "--conf-type", "plain", "--conf-level", "0.9",
                    "--at", "30,90,365", "--ties", "breslow", "--covariates",
                    "karno,celltype"),
                  data("veteran"), "time", "status", "1", "trt", conf.type = "plain",
                  conf.int = 0.9, at = c(30, 90, 365), ties = "breslow",
                  covariates = c("karno", "celltype")),
    survival_case(c("--input", data("aml"), "--time", "time", "--event", "status", "--group",
                    "x", "--conf-type", "log", "--reference", "Nonmaintained", "--at",
                    "0,12,24,200", "--tau", "40"),
                  data("aml"), "time", "status", "1", "x", conf.type = "log",
                  reference = "Nonmaintained", at = c(0, 12, 24, 200), tau = 40),
    survival_case(c("--input", data("ovarian"), "--time", "futime", "--event", "fustat",
                    "--group", "rx", "--covariates", "age,resid.ds"),
                  data("ovarian"), "futime", "fustat", "1", "rx",
                  covariates = c("age", "resid.ds")),
    survival_case(c("--input", data("colon"), "--time", "time", "--event", "status",
                    "--group", "rx", "--where", "age>=50", "--at", "365,1826", "--tau", "1826"),
                  data("colon"), "time", "status", "1", "rx", at = c(365, 1826), tau = 1826,
                  keep = function(d) !is.na(d$age) & d$age >= 50),
    survival_case(c("--input", data("pbc"), "--time", "time", "--event", "status",
                    "--event-value", "2", "--group", "trt", "--covariates", "age,edema"),
                  data("pbc"), "time", "status", "2", "trt", covariates = c("age", "edema")),
    survival_case(c("--input", data("lung"), "--time", "time", "--event", "status",
                    "--event-value", "2", "--group", "none", "--covariates", "age,sex",
                    "--conf-type", "plain"),
                  data("lung"), "time", "status", "2", NULL, conf.type = "plain",
                  covariates = c("age", "sex")),
    survival_case(c("--input", demo), demo, "followup_months", "status", "1", "arm",
                  at = c(12, 36, 60)),
    survival_case(c("--input", demo, "--group", "none"), demo, "followup_months", "status",
                  "1", NULL, at = c(12, 36, 60)),
    survival_case(c("--input", demo, "--covariates", "age,sex,regional_resection",
                    "--presentation", "cs", "--quantiles", "0.1"),
                  demo, "followup_months", "status", "1", "arm", at = c(12, 36, 60),
                  quantiles = 0.1, covariates = c("age", "sex", "regional_resection"),
                  native_booleans = native_booleans,
                  keep = function(d) d$carcinoid_syndrome == "yes"),
    compare_case(c("--input", demo), demo, "arm", list(
        row("carcinoid_syndrome", "binary", "Carcinoid syndrome at presentation"),
        row("obstruction", "binary", "Obstruction or ischaemia at presentation"),
        row("cs_improved", "binary", "Carcinoid syndrome improved"),
        row("obstruction_relieved", "binary", "Obstructive symptoms relieved"),
        row("complication", "binary", "Postoperative morbidity (operated patients)"),
        row("died_30d", "binary", "Postoperative (30-day) mortality"),
        row("followup_months", "continuous", "Follow-up (months)"),
        row("age", "continuous", "Age (years)"),
        row("sex", "categorical", "Sex"),
        row("primary_site", "categorical", "Primary site"))),
    compare_case(c("--input", demo, "--interval", "clopper-pearson", "--conf-level", "0.9",
                   "--presentation", "cs"),
                 demo, "arm", list(
        row("carcinoid_syndrome", "binary", "Carcinoid syndrome at presentation"),
        row("obstruction", "binary", "Obstruction or ischaemia at presentation"),
        row("cs_improved", "binary", "Carcinoid syndrome improved"),
        row("obstruction_relieved", "binary", "Obstructive symptoms relieved"),
        row("complication", "binary", "Postoperative morbidity (operated patients)"),
        row("died_30d", "binary", "Postoperative (30-day) mortality"),
        row("followup_months", "continuous", "Follow-up (months)"),
        row("age", "continuous", "Age (years)"),
        row("sex", "categorical", "Sex"),
        row("primary_site", "categorical", "Primary site")),
        conf.int = 0.9, interval = "clopper-pearson",
        keep = function(d) d$carcinoid_syndrome == "yes"),
    compare_case(c("--input", data("lung"), "--group", "sex", "--variables",
                   "ph.ecog:categorical,age,meal.cal"),
                 data("lung"), "sex", list(row("ph.ecog", "categorical"),
                                           row("age", "continuous"),
                                           row("meal.cal", "continuous"))),
    compare_case(c("--input", data("ovarian"), "--group", "rx", "--variables",
                   "age,resid.ds,fustat:binary,futime"),
                 data("ovarian"), "rx", list(row("age", "continuous"),
                                             row("resid.ds", "categorical"),
                                             row("fustat", "binary"),
                                             row("futime", "continuous"))),
    compare_case(c("--input", data("colon"), "--group", "rx", "--variables",
                   "sex,obstruct,differ:categorical,nodes"),
                 data("colon"), "rx", list(row("sex", "binary"), row("obstruct", "binary"),
                                           row("differ", "categorical"),
                                           row("nodes", "continuous"))),
    compare_case(c("--input", data("aml"), "--group", "x", "--variables", "time,status"),
                 data("aml"), "x", list(row("time", "continuous"), row("status", "binary")))
)

out <- file.path("tests", "data", "r", "reference", "commands.json")
write_json(list(r_version = R.version.string,
                survival_version = as.character(packageVersion("survival")),
                cases = cases),
           out, digits = NA, auto_unbox = TRUE, na = "null", null = "null", pretty = TRUE)
cat("Wrote", out, "\n")
