# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference values for the Cox model (core/stats/coxmodel.cpp), computed by R survival's
# coxph on the fixtures in tests/data/r (made by datasets.R) and on small data written
# out below, saved to tests/data/r/reference/cox.json. Run from the repository root:
#   Rscript tests/stats/reference/cox.R
# Needs r-base-core, r-cran-survival and r-cran-jsonlite.
suppressPackageStartupMessages({
    library(survival)
    library(jsonlite)
})

fixture <- function(name) read.csv(file.path("tests", "data", "r", paste0(name, ".csv")),
                                   stringsAsFactors = FALSE)

# Small data in the manner of survival's tests/book1.R. test1 (survival's tests): unsorted,
# tied deaths at time 2, a death and a censoring tied at times 1 and 3.
test1 <- list(time = c(4, 3, 1, 1, 2, 2, 3), status = c(1, 1, 1, 0, 1, 1, 0),
              x = c(0, 2, 1, 1, 1, 0, 0), k = rep(0.3, 7))
# Arm 1 has no event: the likelihood rises without bound as its coefficient goes to
# -infinity (monotone likelihood); age stays finite.
monotone <- list(time = c(2, 3, 5, 6, 8, 9, 10, 12, 14, 15, 4, 7),
                 status = c(1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1),
                 arm = c(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0),
                 age = c(50, 61, 47, 70, 58, 66, 52, 49, 73, 60, 55, 64))
# A censored outlier at the first time makes the first Newton step from 0 overshoot:
# coxph halves it (found by searching random data for a rejected step).
halving <- list(time = c(7, 3, 4, 7, 3, 4, 4, 8, 1, 7), status = c(1, 1, 1, 1, 1, 1, 0, 1, 0, 1),
                x = c(0.5, 2.5, 0.6, 1.1, 8.9, 0.4, 0, 0.7, 20.3, 0))
censored <- list(time = test1$time, status = rep(0, 7), x = test1$x)

# A case: data (a fixture's name or a list of columns), time column, event column and the
# value meaning "event", factor levels (the first is the reference), the formula R fits,
# and the same terms as the test builds them: a column as a number, or the indicator
# column == level.
term <- function(column, level = NULL)
    list(name = if (is.null(level)) column else paste0(column, "=", level),
         column = column, level = level)
case <- function(name, data, time, event, value, formula, terms, levels = list(),
                 ties = "efron", conf.level = 0.95, iter.max = 20)
    list(name = name, data = data, time = time, event = event, value = value,
         formula = formula, terms = terms, levels = levels, ties = ties,
         conf.level = conf.level, iter.max = iter.max)

both <- function(name, ...)
    list(case(paste0(name, "_efron"), ..., ties = "efron"),
         case(paste0(name, "_breslow"), ..., ties = "breslow"))

cases <- c(
    both("lung_sex", "lung", "time", "status", 2, Surv(time, status == 2) ~ sex,
         list(term("sex"))),
    both("lung_sex_age_ecog", "lung", "time", "status", 2,
         Surv(time, status == 2) ~ sex + age + ph.ecog,
         list(term("sex"), term("age"), term("ph.ecog"))),
    list(case("lung_sex_age_ecog_conf90", "lung", "time", "status", 2,
              Surv(time, status == 2) ~ sex + age + ph.ecog,
              list(term("sex"), term("age"), term("ph.ecog")), conf.level = 0.90)),
    both("veteran_trt_karno_celltype", "veteran", "time", "status", 1,
         Surv(time, status == 1) ~ trt + karno + celltype,
         list(term("trt", "2"), term("karno"), term("celltype", "large"),
              term("celltype", "smallcell"), term("celltype", "squamous")),
         levels = list(trt = c("1", "2"),
                       celltype = c("adeno", "large", "smallcell", "squamous"))),
    both("aml_x", "aml", "time", "status", 1, Surv(time, status == 1) ~ x,
         list(term("x", "Nonmaintained")),
         levels = list(x = c("Maintained", "Nonmaintained"))),
    both("ovarian_rx_age_resid", "ovarian", "futime", "fustat", 1,
         Surv(futime, fustat == 1) ~ rx + age + resid.ds,
         list(term("rx"), term("age"), term("resid.ds"))),
    both("colon_rx", "colon", "time", "status", 1, Surv(time, status == 1) ~ rx,
         list(term("rx", "Lev+5FU"), term("rx", "Obs")),
         levels = list(rx = c("Lev", "Lev+5FU", "Obs"))),
    both("pbc_trt", "pbc", "time", "status", 2, Surv(time, status == 2) ~ trt,
         list(term("trt"))),
    both("test1", test1, "time", "status", 1, Surv(time, status == 1) ~ x, list(term("x"))),
    list(case("test1_null", test1, "time", "status", 1, Surv(time, status == 1) ~ 1,
              list())),
    both("monotone", monotone, "time", "status", 1, Surv(time, status == 1) ~ arm + age,
         list(term("arm"), term("age"))),
    both("halving", halving, "time", "status", 1, Surv(time, status == 1) ~ x,
         list(term("x"))),
    # A constant column, alone and beside another: R gives NA for it.
    list(case("constant", test1, "time", "status", 1, Surv(time, status == 1) ~ k,
              list(term("k"))),
         case("constant_beside_x", test1, "time", "status", 1, Surv(time, status == 1) ~ x + k,
              list(term("x"), term("k")))),
    # sex (1/2, centred) and the indicator sex == 2 carry the same information.
    list(case("collinear", "lung", "time", "status", 2,
              Surv(time, status == 2) ~ sex + I(as.numeric(sex == 2)),
              list(term("sex"), term("sex", "2")))),
    list(case("all_censored", censored, "time", "status", 1, Surv(time, status == 1) ~ x,
              list(term("x")))),
    # Out of iterations: estimates after two Newton steps.
    list(case("lung_not_converged", "lung", "time", "status", 2,
              Surv(time, status == 2) ~ sex + age + ph.ecog,
              list(term("sex"), term("age"), term("ph.ecog")), iter.max = 2))
)

prepare <- function(case) {
    d <- if (is.character(case$data)) fixture(case$data) else as.data.frame(case$data)
    for (column in names(case$levels))
        d[[column]] <- factor(as.character(d[[column]]), levels = case$levels[[column]])
    d
}

# The design matrix the way the C++ test builds it, to check that the terms are R's.
design <- function(d, terms) {
    x <- sapply(terms, function(t) {
        if (is.null(t$level)) as.numeric(d[[t$column]])
        else as.numeric(as.character(d[[t$column]]) == t$level)
    })
    matrix(x, nrow = nrow(d))
}

# coxph and the warnings it gives (the infinite-coefficient check only speaks through one).
fit_with_warnings <- function(expr) {
    messages <- character(0)
    fit <- withCallingHandlers(expr, warning = function(w) {
        messages <<- c(messages, conditionMessage(w))
        invokeRestart("muffleWarning")
    })
    list(fit = fit, warnings = messages)
}

reference <- function(case) {
    d <- prepare(case)
    control <- coxph.control(iter.max = case$iter.max)
    run <- fit_with_warnings(coxph(case$formula, data = d, ties = case$ties,
                                   control = control))
    fit <- run$fit
    nterms <- length(case$terms)
    out <- list(name = case$name, time = case$time, event = case$event, value = case$value,
                ties = case$ties, conf_level = case$conf.level, iter_max = case$iter.max,
                terms = lapply(case$terms, function(t) t[!sapply(t, is.null)]),
                n = fit$n, events = fit$nevent, warnings = run$warnings)
    if (is.character(case$data)) out$dataset <- case$data else out$data <- case$data

    if (nterms == 0) {
        out$loglik_null <- fit$loglik[1]
        out$loglik <- fit$loglik[1]
        out$df <- 0
        out$converged <- TRUE
        out$iterations <- 0
        return(out)
    }

    beta <- unname(coef(fit))
    stopifnot(length(beta) == nterms)
    # The same model from the terms as the test builds them.
    x <- design(d, case$terms)
    keep <- complete.cases(d[[case$time]], d[[case$event]], x)
    check <- suppressWarnings(coxph(Surv(d[[case$time]][keep], d[[case$event]][keep] == case$value)
                                    ~ x[keep, , drop = FALSE], ties = case$ties, control = control))
    stopifnot(isTRUE(all.equal(unname(coef(check)), beta, tolerance = 1e-10)),
              check$n == fit$n)

    converged <- fit$iter <= case$iter.max
    var <- fit$var
    wald <- fit$wald.test
    if (!converged) {
        # coxfit6 inverts the information at the last good beta without factoring it
        # first, so a fit out of iterations reports 1 / diag(I) as its variance. The
        # variance there is that of a refit starting at the estimate with no iteration.
        refit <- coxph(case$formula, data = d, ties = case$ties, init = beta,
                       control = coxph.control(iter.max = 0))
        var <- refit$var
        wald <- coxph.wtest(var, beta, control$toler.chol)$test
    }
    aliased <- is.na(beta)
    se <- ifelse(aliased, NA, sqrt(diag(var)))
    z <- qnorm((1 + case$conf.level) / 2)
    # "Loglik converged before variable 1,2 ; coefficient may be infinite."
    infinite <- rep(FALSE, nterms)
    for (w in grep("^Loglik converged before variable", run$warnings, value = TRUE)) {
        which <- as.integer(strsplit(sub(".*variable +([0-9,]+).*", "\\1", w), ",")[[1]])
        infinite[which] <- TRUE
    }
    s <- summary(fit, conf.int = case$conf.level)
    if (converged) {
        stopifnot(isTRUE(all.equal(unname(s$coefficients[, "se(coef)"]), ifelse(aliased, 0, se))))
        stopifnot(isTRUE(all.equal(unname(s$conf.int[, 3]), exp(beta - z * se))))
    }
    df <- sum(!aliased)
    # Per term, as arrays even for one term (I() keeps write_json from unboxing them).
    out$coef <- I(beta)
    out$se <- I(se)
    out$hr <- I(exp(beta))
    out$lower <- I(exp(beta - z * se))
    out$upper <- I(exp(beta + z * se))
    out$p <- I(pchisq((beta / se)^2, 1, lower.tail = FALSE))
    out$aliased <- I(aliased)
    out$infinite <- I(infinite)
    out$loglik_null <- fit$loglik[1]
    out$loglik <- fit$loglik[2]
    out$df <- df
    # A test on 0 degrees of freedom ("0 on 0 df, p = 1" in R) is no test: null.
    if (df > 0) {
        lr <- -2 * (fit$loglik[1] - fit$loglik[2])
        out$lr_chisq <- lr
        out$lr_p <- pchisq(lr, df, lower.tail = FALSE)
        out$wald_chisq <- wald
        out$wald_p <- pchisq(wald, df, lower.tail = FALSE)
        out$score_chisq <- fit$score
        out$score_p <- pchisq(fit$score, df, lower.tail = FALSE)
        if (converged) stopifnot(isTRUE(all.equal(unname(s$logtest["pvalue"]), out$lr_p)),
                                 isTRUE(all.equal(unname(s$sctest["pvalue"]), out$score_p)))
    } else {
        out$lr_chisq <- out$lr_p <- out$wald_chisq <- out$wald_p <- NA
        out$score_chisq <- out$score_p <- NA
    }
    out$converged <- converged
    # coxfit6 leaves its loop counter one past iter.max when it runs out.
    out$iterations <- if (converged) fit$iter else case$iter.max
    out
}

out <- file.path("tests", "data", "r", "reference")
dir.create(out, recursive = TRUE, showWarnings = FALSE)
result <- list(
    source = paste("R", getRversion(), "survival", packageVersion("survival")),
    cases = lapply(cases, reference))
write_json(result, file.path(out, "cox.json"), digits = NA, auto_unbox = TRUE,
           na = "null", pretty = TRUE)
cat("Wrote", length(cases), "Cox cases to", file.path(out, "cox.json"), "\n")
