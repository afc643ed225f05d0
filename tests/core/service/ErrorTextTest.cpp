#include "service/ErrorText.h"

#include "common/LocalizedError.h"
#include "data/DataError.h"
#include "model/BundleError.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using credit::service::errorText;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("A refused model is worded by its kind of problem in both languages", "[service]")
{
    using credit::model::BundleError;
    using credit::model::BundleProblem;
    const auto damaged = errorText(
        BundleError(BundleProblem::ChecksumMismatch, "/srv/m.csbundle", "the contents changed"));
    CHECK(contains(damaged.fr, "modifié ou abîmé"));
    CHECK(contains(damaged.en, "changed or damaged"));
    // Core's own detail (which file, what exactly) stays, in both.
    CHECK(contains(damaged.fr, "/srv/m.csbundle"));
    CHECK(contains(damaged.en, "/srv/m.csbundle"));

    const auto older = errorText(BundleError(BundleProblem::UnsupportedVersion, "m", "version 7"));
    CHECK(contains(older.fr, "autre version"));
    CHECK(contains(older.en, "another version"));
    CHECK(errorText(BundleError(BundleProblem::NotABundle, "m", "x"))
              .en.starts_with("this file is not"));
}

TEST_CASE("Data errors and unexpected errors get a frame in each language", "[service]")
{
    const auto data = errorText(
        credit::data::DataError("application_train.csv: line 7: AMT_CREDIT is not a number"));
    CHECK(data.fr.starts_with("les données sont invalides"));
    CHECK(data.en.starts_with("the data are invalid"));
    CHECK(contains(data.fr, "line 7: AMT_CREDIT"));

    const auto other = errorText(std::runtime_error("boom"));
    CHECK(other.fr.starts_with("erreur inattendue"));
    CHECK(other.en.starts_with("unexpected error"));
}

TEST_CASE("An error already worded for people is used as it is", "[service]")
{
    const credit::LocalizedText worded{"le scénario est illisible", "the scenario is unreadable"};
    CHECK(errorText(credit::LocalizedError(worded)) == worded);
}
