#include "features/FeatureCatalogue.h"

namespace credit::features {

std::string FeatureCatalogue::safeName(std::string_view name)
{
    std::string safe(name);
    for (char& character : safe) {
        const bool letterOrDigit = (character >= 'A' && character <= 'Z') ||
                                   (character >= 'a' && character <= 'z') ||
                                   (character >= '0' && character <= '9');
        if (!letterOrDigit)
            character = '_';
    }
    return safe;
}

std::size_t FeatureCatalogue::add(FeatureDefinition definition)
{
    if (mode_ == Mode::CountOnly)
        return count_++;
    std::string name = safeName(definition.name);
    if (names_.count(name)) {
        int suffix = 2;
        while (names_.count(name + "_" + std::to_string(suffix)))
            ++suffix;
        name += "_" + std::to_string(suffix);
    }
    names_.insert(name);
    definition.name = std::move(name);
    definitions_.push_back(std::move(definition));
    return count_++;
}

} // namespace credit::features
