// Example: build a small alliance in code, check it, and write it as YAML and JSON —
// what a program that imports data from elsewhere (a survey, a spreadsheet) would do.
//
//   swift run write-as-json
import AllianceGraph
import Foundation

let alliance = Alliance(
    id: "beispielstadt", name: "Beispielstadt", kind: .independentCity, years: 2021...2022, isIllustrative: true,
    actors: [
        Actor(id: "ki", kind: "ki", roles: [.managingOffice: [.years(2021...2022)], .coreGroup: [.years(2021...2022)]]),
        Actor(id: "abh", kind: "abh", roles: [.coreGroup: [.years(2021...2022)]]),
        Actor(id: "jc", kind: "jobcenter"),
    ],
    relations: [
        Relation(id: "fk", ends: .undirected(["ki", "abh", "jc"]), format: "case_conference",
                 mechanism: CodedMechanism(.positive, .linking), periods: [.year(2022)]),
    ],
    vocabulary: .builtIn)

let problems = AllianceValidator().validate(alliance)
problems.forEach { print($0) }
guard !problems.containsErrors else { exit(1) }

let writer = AllianceFileWriter()
print(try writer.yaml(alliance))
print(try writer.json(alliance))
