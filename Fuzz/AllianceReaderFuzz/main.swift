// The fuzzer's entry point: hands the command line to libFuzzer's driver, which calls
// `fuzzOneInput` (FuzzTarget.swift) with each input. See FuzzTarget.swift and docs/RELIABILITY.md.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments, { bytes, count in fuzzOneInput(bytes, count) }))
