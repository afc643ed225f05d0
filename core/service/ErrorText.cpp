#include "service/ErrorText.h"

#include "common/LocalizedError.h"
#include "data/DataError.h"
#include "model/BundleError.h"

#include <string>

namespace credit::service {
namespace {

LocalizedText bundleProblemText(model::BundleProblem problem)
{
    using model::BundleProblem;
    switch (problem) {
    case BundleProblem::Unreadable:
        return {"le fichier du modèle ne peut pas être lu", "the model file cannot be read"};
    case BundleProblem::NotABundle:
        return {"ce fichier n'est pas un modèle de scoring", "this file is not a scoring model"};
    case BundleProblem::UnsupportedVersion:
        return {"ce modèle a été écrit par une autre version du logiciel ; demandez un modèle "
                "entraîné par cette version",
                "this model was written by another version of the software; ask for a model "
                "trained by this version"};
    case BundleProblem::Truncated:
        return {"le fichier du modèle est incomplet (copie interrompue ?)",
                "the model file is incomplete (interrupted copy?)"};
    case BundleProblem::ChecksumMismatch:
        return {"le fichier du modèle a été modifié ou abîmé depuis l'entraînement",
                "the model file was changed or damaged after training"};
    case BundleProblem::Malformed:
    case BundleProblem::BoosterUnloadable:
    case BundleProblem::FeatureCountMismatch:
        break;
    }
    return {"le fichier du modèle est incohérent et a été refusé",
            "the model file is inconsistent and was refused"};
}

LocalizedText withDetail(LocalizedText text, const std::string& detail)
{
    text.fr += " (détail : " + detail + ")";
    text.en += " (detail: " + detail + ")";
    return text;
}

} // namespace

LocalizedText errorText(const std::exception& error)
{
    if (const auto* localized = dynamic_cast<const LocalizedError*>(&error))
        return localized->text();
    if (const auto* bundle = dynamic_cast<const model::BundleError*>(&error))
        return withDetail(bundleProblemText(bundle->problem()), error.what());
    if (dynamic_cast<const data::DataError*>(&error))
        return withDetail({"les données sont invalides", "the data are invalid"}, error.what());
    return withDetail({"erreur inattendue", "unexpected error"}, error.what());
}

} // namespace credit::service
