using System.Text;
using Harness.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return HarnessApp.Run(args, Console.Out, Console.Error, outputIsTerminal: !Console.IsOutputRedirected);
