import AllianceGraph

/// Small helpers to write test alliances in code, close to how they read in a data file.
enum Fixture {
    static func period(_ text: String) -> Period { try! Period.parse(text) }

    static func actor(_ id: String, _ kind: String? = nil, periods: String? = nil, mandates: [CoreMandate]? = nil,
                      managingOffice: Bool = false) -> Actor {
        Actor(id: ActorID(id), kind: ActorKindID(kind ?? id),
              roles: managingOffice ? [.managingOffice: [period("2019-2022")]] : [:],
              periods: periods.map { [period($0)] }, mandates: mandates)
    }

    static func group(_ id: String, _ format: String, _ actors: [String], topic: String? = nil,
                      periods: String? = nil, mechanism: CodedMechanism? = nil) -> Relation {
        Relation(id: RelationID(id), ends: .undirected(actors.map { ActorID($0) }), format: FormatID(format),
                 mechanism: mechanism, periods: periods.map { [period($0)] }, topic: topic.map { TopicID($0) })
    }

    static func directed(_ id: String, _ format: String, from: [String], to: [String], topic: String? = nil,
                         periods: String? = nil, mechanism: CodedMechanism? = nil) -> Relation {
        Relation(id: RelationID(id), ends: .directed(from: from.map { ActorID($0) }, to: to.map { ActorID($0) }),
                 format: FormatID(format), mechanism: mechanism, periods: periods.map { [period($0)] },
                 topic: topic.map { TopicID($0) })
    }

    static func interface(_ id: String, _ actors: [String], topic: String?, type: InterfaceType? = nil,
                          periods: String? = nil) -> Interface {
        Interface(id: InterfaceID(id), actors: actors.map { ActorID($0) }, topic: topic.map { TopicID($0) },
                  type: type, periods: periods.map { [period($0)] })
    }

    static func alliance(_ actors: [Actor], relations: [Relation] = [], interfaces: [Interface] = [],
                         chains: [Chain] = [], years: ClosedRange<Int> = 2019...2022) -> Alliance {
        Alliance(id: "test", name: "Teststadt", kind: .independentCity, years: years, isIllustrative: true,
                 actors: actors, relations: relations, interfaces: interfaces, chains: chains, vocabulary: .builtIn)
    }

    static func chain(_ id: String, _ steps: [(String, String?, String?)]) -> Chain {
        Chain(id: ChainID(id), name: id, steps: steps.map { ChainStep(actor: ActorID($0.0), topic: $0.1.map { TopicID($0) }, label: $0.2) })
    }
}
