Console.WriteLine("Strangler");
