using Strangler.Cli;

return StranglerCommand.Run(args, Console.Out, Console.Error, TimeProvider.System);
