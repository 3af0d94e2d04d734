using System.Runtime.InteropServices;
using Harness.Cli;
using Harness.Core.Model.Writing;

// A writer stopped by SIGTERM or Ctrl-C lets go of its locks before the process ends, so the next run is not
// refused; the default action (ending the process) still follows. A SIGKILL leaves the lock, which names a process
// that is gone, and the next writer takes it over.
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => FileLock.ReleaseAll());
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => FileLock.ReleaseAll());
using var onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, _ => FileLock.ReleaseAll());
using var output = StandardStreams.Output();
using var error = StandardStreams.Error();
return HarnessApp.Run(args, output, error, outputIsTerminal: !Console.IsOutputRedirected);
