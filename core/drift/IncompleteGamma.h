#pragma once

namespace credit::drift {

// Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x), for a > 0, x >= 0.
// Implemented here (series for x < a + 1, Lentz continued fraction otherwise, as in Numerical
// Recipes §6.2) because the chi-square p-value needs Q and the core must not pull in Boost.
// Throws std::domain_error for a <= 0, x < 0 or NaN arguments.
double regularizedGammaP(double a, double x);
double regularizedGammaQ(double a, double x);

} // namespace credit::drift
