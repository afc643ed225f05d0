#include "synth/KaggleColumns.h"

#include "data/SchemaRegistry.h"

namespace credit::synth {

std::vector<std::string> kaggleColumns(data::TableId table)
{
    std::vector<std::string> names;
    for (const auto& column : data::SchemaRegistry::builtIn().table(table).columns)
        names.push_back(column.name);
    return names;
}

} // namespace credit::synth
