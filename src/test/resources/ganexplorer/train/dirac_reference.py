"""Reference for DiracReferenceTest: the Dirac GAN (Mescheder et al. 2018) stepped by PyTorch autograd in double.

Data a point mass at 0, G a point mass at theta, D(x) = psi * x; the losses of docs/DESIGN.md's table on
r = D(0) and f = D(theta); WGAN-GP's penalty lambda (|grad_x D| - 1)^2 = lambda (|psi| - 1)^2 at any interpolate;
R1 (gamma / 2) |grad_x D(0)|^2. Plain SGD. Prints theta and psi after the given steps, for the Java test to compare.
Run: python3 dirac_reference.py
"""
import torch
import torch.nn.functional as F

def losses(objective, theta, psi, lam, r1):
    x_real = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    r = psi * x_real
    f = psi * theta
    if objective in ("bce-minimax", "bce"):
        d = F.softplus(-r) + F.softplus(f)
        g = -F.softplus(f) if objective == "bce-minimax" else F.softplus(-f)
    elif objective == "wgan-gp":
        d = f - r
        g = -f
    else:
        raise ValueError(objective)
    d = d.sum()
    # exact input gradients by autograd, as the double backprop does in the networks
    grad_real, = torch.autograd.grad(r.sum(), x_real, create_graph=True)
    d = d + lam * (grad_real.abs() - 1).pow(2).sum() if objective == "wgan-gp" else d
    d = d + r1 / 2 * grad_real.pow(2).sum()
    return d, g.sum()

def run(objective, steps, lr=0.2, simultaneous=False, lam=0.0, r1=0.0, start=(1.0, 1.0)):
    theta = torch.tensor(start[0], dtype=torch.float64, requires_grad=True)
    psi = torch.tensor(start[1], dtype=torch.float64, requires_grad=True)
    for _ in range(steps):
        d, _ = losses(objective, theta, psi, lam, r1)
        d_psi, = torch.autograd.grad(d, psi)
        if simultaneous:
            _, g = losses(objective, theta, psi, lam, r1)
            d_theta, = torch.autograd.grad(g, theta)
            with torch.no_grad():
                psi -= lr * d_psi
                theta -= lr * d_theta
        else:
            with torch.no_grad():
                psi -= lr * d_psi
            _, g = losses(objective, theta, psi, lam, r1)
            d_theta, = torch.autograd.grad(g, theta)
            with torch.no_grad():
                theta -= lr * d_theta
    return theta.item(), psi.item()

if __name__ == "__main__":
    cases = {
        "dirac-simultaneous": run("bce-minimax", 500, simultaneous=True),
        "dirac-alternating": run("bce-minimax", 500),
        "dirac-r1": run("bce-minimax", 500, r1=0.3),
        "dirac-wgan-gp": run("wgan-gp", 500, lam=0.2),
        "dirac-bce-100": run("bce", 100, simultaneous=True, r1=0.1),
        "xy-game": run("wgan-gp", 6, lr=1.0),
    }
    for name, (t, p) in cases.items():
        print(f"{name}: theta {t:.10f} psi {p:.10f}")
