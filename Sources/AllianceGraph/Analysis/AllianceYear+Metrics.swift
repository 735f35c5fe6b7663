extension AllianceYear {
    /// The network metrics of this year, for the whole network or one `layer`, with mechanisms
    /// as coded, else inferred (`mechanisms: .effective`, the default) or as coded only.
    public func metrics(layer: NetworkLayer = .all, mechanisms: MechanismBasis = .effective,
                        workers: Int? = nil) -> NetworkMetrics {
        NetworkProjection(self, layer: layer, mechanisms: mechanisms).metrics(workers: workers)
    }
}
