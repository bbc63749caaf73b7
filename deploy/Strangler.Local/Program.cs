using Strangler.Local;

QuickStart.Write(Console.Out, TimeProvider.System, SamplesFolder.Locate());
