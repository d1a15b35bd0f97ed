"""Reference for InputPenaltyTest: a critic's penalised loss and its weight gradient by PyTorch autograd in double.

The critic is an MLP 2-4-3-1 (hidden activation given, linear output) whose parameters are laid out as the Java Mlp
keeps them: for each layer its weight (inputs x outputs, row-major), then its bias. Its value k is 0.6 sin(1.7 k + 0.3)
and the points are fixed by formulas too, so the Java test rebuilds the same case without reading a file. The loss
is the objective's critic loss (docs/DESIGN.md's table) on the real and fake rows, plus WGAN-GP's
lambda mean((|grad_x D| - 1)^2) at the interpolates when the objective is wgan-gp, plus R1 (gamma1 / 2) mean
|grad_x D(real)|^2 and R2 (gamma2 / 2) mean |grad_x D(fake)|^2, the input gradients taken by autograd with
create_graph=True (double backprop). Prints the loss and the gradient, for the Java test to compare.
Run: /usr/bin/python3 input_penalty_reference.py
"""
import math
import torch
import torch.nn.functional as F

SIZES = [2, 4, 3, 1]
N = 5

def parameters():
    count = sum(SIZES[l] * SIZES[l + 1] + SIZES[l + 1] for l in range(len(SIZES) - 1))
    return torch.tensor([0.6 * math.sin(1.7 * k + 0.3) for k in range(count)], dtype=torch.float64, requires_grad=True)

def points(rows, offset):
    return torch.tensor([[math.cos(0.9 * (i + offset)) * (1 + 0.3 * i), math.sin(1.3 * (i + offset)) - 0.2 * i]
                         for i in range(rows)], dtype=torch.float64, requires_grad=True)

def critic(p, x, activation):
    h, k = x, 0
    for l in range(len(SIZES) - 1):
        n_in, n_out = SIZES[l], SIZES[l + 1]
        w = p[k:k + n_in * n_out].view(n_in, n_out); k += n_in * n_out
        b = p[k:k + n_out]; k += n_out
        h = h @ w + b
        if l < len(SIZES) - 2:
            h = torch.tanh(h) if activation == "tanh" else F.leaky_relu(h, 0.2)
    return h[:, 0]

def input_gradient(p, x, activation):
    g, = torch.autograd.grad(critic(p, x, activation).sum(), x, create_graph=True)
    return g

def loss(objective, activation, lam, gamma1, gamma2):
    p = parameters()
    real, fake, inter = points(N, 0), points(N, 7), points(N, 13)
    r, f = critic(p, real, activation), critic(p, fake, activation)
    if objective == "bce":
        value = F.softplus(-r).mean() + F.softplus(f).mean()
    elif objective == "least-squares":
        value = 0.5 * ((r - 1) ** 2).mean() + 0.5 * (f ** 2).mean()
    elif objective == "wgan-gp":
        value = f.mean() - r.mean()
        value = value + lam * ((input_gradient(p, inter, activation).norm(dim=1) - 1) ** 2).mean()
    else:
        raise ValueError(objective)
    value = value + gamma1 / 2 * (input_gradient(p, real, activation) ** 2).sum(dim=1).mean()
    value = value + gamma2 / 2 * (input_gradient(p, fake, activation) ** 2).sum(dim=1).mean()
    grad, = torch.autograd.grad(value, p)
    return value.item(), grad.tolist()

if __name__ == "__main__":
    for case in [("bce", "leaky_relu", 0.0, 0.7, 1.3), ("least-squares", "tanh", 0.0, 2.0, 0.0),
                 ("wgan-gp", "tanh", 10.0, 0.5, 0.25)]:
        value, grad = loss(*case)
        print(case, repr(value))
        print("  {" + ", ".join(repr(g) for g in grad) + "}")
