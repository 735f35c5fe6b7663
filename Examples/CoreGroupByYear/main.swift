// Example: load an alliance and list its core group year by year, with the managing office.
//
//   swift run core-group-by-year Graphs/rheinstadt.yaml [en]
import AllianceGraph
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: core-group-by-year <alliance file> [de|en]")
    exit(2)
}
let language = arguments.dropFirst().first.flatMap(Language.init(rawValue:)) ?? .de

let result = AllianceLoader(vocabulary: .builtIn).load(path: path)
guard let alliance = result.validAlliance else {
    result.diagnostics.forEach { print($0) }
    exit(1)
}

let vocabulary = alliance.vocabulary
print(alliance.name)
for year in alliance.years {
    let snapshot = alliance.snapshot(year: year)
    let office = snapshot.managingOffices.map { $0.displayName(in: vocabulary, language: language) }
    let members = snapshot.coreGroup.map { $0.displayName(in: vocabulary, language: language) }
    print("\(year): \(members.count) members, managing office \(office.joined(separator: ", ")): \(members.joined(separator: ", "))")
}
