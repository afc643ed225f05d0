#include "drift/IncompleteGamma.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace credit::drift {
namespace {

constexpr int kMaxIterations = 1000;
constexpr double kRelativeTolerance = 1e-15;
// Smallest magnitude the continued fraction may divide by (Lentz's guard against zero).
constexpr double kTiny = std::numeric_limits<double>::min() / kRelativeTolerance;

void checkArguments(double a, double x)
{
    if (!(a > 0.0) || !(x >= 0.0))
        throw std::domain_error("incomplete gamma needs a > 0 and x >= 0, got a = " +
                                std::to_string(a) + ", x = " + std::to_string(x));
}

// log of x^a e^-x / Gamma(a): the common prefactor of both expansions.
double logPrefactor(double a, double x)
{
    return a * std::log(x) - x - std::lgamma(a);
}

// P(a, x) by its power series; converges quickly for x < a + 1.
double lowerSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < kMaxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * kRelativeTolerance)
            break;
    }
    return sum * std::exp(logPrefactor(a, x));
}

// Q(a, x) by its continued fraction (modified Lentz); converges quickly for x >= a + 1.
double upperContinuedFraction(double a, double x)
{
    double b = x + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kRelativeTolerance)
            break;
    }
    return std::exp(logPrefactor(a, x)) * h;
}

} // namespace

double regularizedGammaP(double a, double x)
{
    checkArguments(a, x);
    if (x == 0.0)
        return 0.0;
    if (std::isinf(x))
        return 1.0;
    return x < a + 1.0 ? lowerSeries(a, x) : 1.0 - upperContinuedFraction(a, x);
}

double regularizedGammaQ(double a, double x)
{
    checkArguments(a, x);
    if (x == 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return x < a + 1.0 ? 1.0 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

} // namespace credit::drift
